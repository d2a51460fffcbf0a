package org.crosscheck.bench.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.align.SameEventStories;
import org.crosscheck.bench.metric.BCubed;
import org.crosscheck.align.SameEventStories.PairScore;
import org.crosscheck.align.StoryClaims;
import org.crosscheck.align.StoryMergeSettings;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;

/**
 * The same-event pass of {@code analyze} measured on one half of the ECB+ topics: the half's
 * articles clustered alone (given story labels), each story's claims extracted as the pipeline
 * extracts them, every pair of stories scored once ({@link SameEventStories#scores}); the merge
 * under any thresholds is then a union of the pairs that reach them.
 */
final class SameEventMerge {

    private final List<String> labels;
    private final List<List<Integer>> stories;
    private final List<PairScore> scores;

    private SameEventMerge(List<String> labels, List<List<Integer>> stories, List<PairScore> scores) {
        this.labels = labels;
        this.stories = stories;
        this.scores = scores;
    }

    /** Scores the stories that {@code labels} make of {@code articles} (one label per article). */
    static SameEventMerge score(List<Article> articles, List<String> labels, ClaimExtractor extractor,
                                SameEventStories sameEvents, int threads) throws Exception {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> stories = List.copyOf(byLabel.values());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<StoryClaims>> futures = new ArrayList<>();
            for (int s = 0; s < stories.size(); s++) {
                List<Article> members = stories.get(s).stream().map(articles::get).toList();
                String id = "s" + s;
                futures.add(pool.submit(() -> new StoryClaims(id, extractor.extract(members).claims(), null, null)));
            }
            List<StoryClaims> claims = new ArrayList<>();
            for (Future<StoryClaims> f : futures) {
                claims.add(f.get());
            }
            return new SameEventMerge(labels, stories, sameEvents.scores(claims));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The article labels after merging under the given thresholds. */
    List<String> merged(StoryMergeSettings settings) {
        String[] out = new String[labels.size()];
        List<List<Integer>> groups = SameEventStories.groups(stories.size(), scores, settings);
        for (int g = 0; g < groups.size(); g++) {
            for (int s : groups.get(g)) {
                for (int i : stories.get(s)) {
                    out[i] = "m" + g;
                }
            }
        }
        return List.of(out);
    }

    List<String> unmerged() {
        return labels;
    }

    /** The thresholds of the grid with the best B-cubed F1 on the given gold events (ties: the higher share). */
    StoryMergeSettings tuned(StoryMergeSettings base, List<String> gold) {
        StoryMergeSettings best = null;
        double bestF = -1;
        for (double lead : new double[] {-1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
            for (int k = 1; k <= 40; k++) {
                StoryMergeSettings s = base.withThresholds(k * 0.02, lead);
                double f = BCubed.bcubed(merged(s), gold).f1();
                if (f >= bestF) {
                    bestF = f;
                    best = s;
                }
            }
        }
        return best;
    }

    /**
     * The pairs of stories that reach the given thresholds, one line each: shares, sizes, each
     * story's most common gold event, and whether those are one event.
     */
    void printPairs(StoryMergeSettings settings, List<String> gold, java.io.PrintStream out) {
        for (PairScore p : scores) {
            if (p.alignedShare() >= 0.1) {
                String x = majority(stories.get(p.a()), gold);
                String y = majority(stories.get(p.b()), gold);
                boolean merged = p.alignedShare() >= settings.minAlignedShare() && p.leadSimilarity() >= settings.minLeadSimilarity();
                out.printf(Locale.ROOT, "  pair share %.3f lead %.3f sizes %d+%d events %s/%s %s%s%n", p.alignedShare(),
                        p.leadSimilarity(), stories.get(p.a()).size(), stories.get(p.b()).size(), x, y,
                        x.equals(y) ? "same" : "DIFFERENT", merged ? " MERGED" : "");
            }
        }
    }

    private static String majority(List<Integer> members, List<String> gold) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        members.forEach(i -> counts.merge(gold.get(i), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static String describe(StoryMergeSettings s) {
        return String.format(Locale.ROOT, "aligned share >= %.2f, lead cosine >= %.2f", s.minAlignedShare(), s.minLeadSimilarity());
    }
}
