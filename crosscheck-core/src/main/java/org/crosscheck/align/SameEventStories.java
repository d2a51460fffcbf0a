package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.SentenceEmbedder;

/**
 * The second pass over analysed stories: stories whose claims align as one event are one story.
 * Two stories are compared when their dated spans are close ({@link StoryMergeSettings#maxDaysApart})
 * and their lead claims are alike by MiniLM; their score is the larger of the two stories' shares of
 * claims that state a fact the other story states, as the aligner decides it (cosine proposes, the slot
 * comparison of {@link ClaimComparison#sameFact} decides). Stories that reach the threshold are
 * joined, the best-scoring pairs first, into groups.
 */
public final class SameEventStories {

    private final SentenceEmbedder embedder;
    private final ClaimComparison comparison;
    private final StoryMergeSettings settings;

    public SameEventStories(SentenceEmbedder embedder, Lexicon lexicon, AlignmentSettings alignment, StoryMergeSettings settings) {
        this.embedder = embedder;
        this.comparison = new ClaimComparison(lexicon, alignment);
        this.settings = settings;
    }

    /**
     * How alike two stories are: their lead claims' cosine, and of each story's claims, how many
     * state a fact that some claim of the other story states.
     */
    public record PairScore(int a, int b, double leadSimilarity, int alignedA, int claimsA, int alignedB, int claimsB)
            implements java.io.Serializable {

        /** The larger of the two stories' shares of claims found in the other: the merge criterion. */
        public double alignedShare() {
            return Math.max(alignedA / (double) claimsA, alignedB / (double) claimsB);
        }

        /** The share of the claims of both stories found in the other. */
        public double bothShare() {
            return (alignedA + alignedB) / (double) (claimsA + claimsB);
        }
    }

    /**
     * The groups of stories (indices into {@code stories}, each group in increasing order, the
     * groups in order of their first story) that tell one event; a story alone is a group of one.
     */
    public List<List<Integer>> groups(List<StoryClaims> stories) {
        return groups(stories, stories.size());
    }

    /**
     * The groups as {@link #groups(List)} makes them, comparing only the pairs that hold one of the
     * first {@code leading} stories (the stories after them were compared with each other before).
     */
    public List<List<Integer>> groups(List<StoryClaims> stories, int leading) {
        return groups(stories.size(), scores(stories, (i, j) -> i < leading, true), settings);
    }

    /** The groups that the given pair scores make under the given thresholds. */
    public static List<List<Integer>> groups(int stories, List<PairScore> scores, StoryMergeSettings settings) {
        int[] parent = new int[stories];
        for (int i = 0; i < stories; i++) {
            parent[i] = i;
        }
        scores.stream()
                .filter(s -> joins(s, settings))
                .sorted(Comparator.comparingDouble(PairScore::alignedShare).reversed()
                        .thenComparingInt(PairScore::a).thenComparingInt(PairScore::b))
                .forEach(s -> {
                    int x = root(parent, s.a());
                    int y = root(parent, s.b());
                    parent[Math.max(x, y)] = Math.min(x, y);
                });
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < stories; i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(byRoot.values());
    }

    /** Whether a pair with this score is one event under the given thresholds (the pairs {@link #groups} joins). */
    public static boolean joins(PairScore score, StoryMergeSettings settings) {
        return score.leadSimilarity() >= settings.minLeadSimilarity() && score.alignedShare() >= settings.minAlignedShare();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The scores of every pair of stories that may be compared: both have claims and their
     * spans are within {@link StoryMergeSettings#maxDaysApart}. Every claim sentence is embedded once.
     */
    public List<PairScore> scores(List<StoryClaims> stories) {
        return scores(stories, stories.size());
    }

    /** The scores of the pairs that {@link #scores(List)} compares and that hold one of the first {@code leading} stories. */
    public List<PairScore> scores(List<StoryClaims> stories, int leading) {
        return scores(stories, (i, j) -> i < leading);
    }

    /**
     * The scores of the pairs that {@link #scores(List)} compares and that {@code compared} takes
     * (called with the indices of both stories, the smaller first), for a run that splits the
     * pairs among several calls, each with the stories near one span of days.
     */
    public List<PairScore> scores(List<StoryClaims> stories, java.util.function.BiPredicate<Integer, Integer> compared) {
        return scores(stories, compared, false);
    }

    /**
     * The scores of the compared pairs; with {@code joiningOnly}, only of those that {@link #joins}
     * (what {@link #groups} reads): a pair whose lead claims are less alike than
     * {@link StoryMergeSettings#minLeadSimilarity} joins whatever its claims share, so its claims
     * are not aligned at all.
     */
    private List<PairScore> scores(List<StoryClaims> stories, java.util.function.BiPredicate<Integer, Integer> compared,
                                   boolean joiningOnly) {
        List<float[][]> storyVectors = vectorsOf(stories.stream().map(s -> s.claims().stream().map(Claim::sentence).toList()).toList());
        List<PairScore> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                StoryClaims x = stories.get(i);
                StoryClaims y = stories.get(j);
                if (x.claims().isEmpty() || y.claims().isEmpty() || x.daysApart(y) > settings.maxDaysApart()
                        || !compared.test(i, j)) {
                    continue;
                }
                double lead = SentenceEmbedder.cosine(storyVectors.get(i)[0], storyVectors.get(j)[0]);
                if (joiningOnly && lead < settings.minLeadSimilarity()) {
                    continue;
                }
                int[] aligned = aligned(x.claims(), storyVectors.get(i), y.claims(), storyVectors.get(j));
                PairScore score = new PairScore(i, j, lead, aligned[0], x.claims().size(), aligned[1], y.claims().size());
                if (!joiningOnly || joins(score, settings)) {
                    out.add(score);
                }
            }
        }
        return out;
    }

    /**
     * Of the stories whose claims are not read yet, those that could join another story in
     * {@link #groups} once they are read. {@code unread} maps such a story's index in
     * {@code stories} to the texts of the sentences its claims would be read from; the other
     * stories are read, with their claims. Two stories join only when a claim of each states the
     * same fact, which needs the two claims' MiniLM cosine to reach the aligner's
     * {@code sameFactSimilarity}, and a story's claims are among its sentences: so a story none of
     * whose sentences comes that close to a sentence (of an unread story) or a claim (of a read one)
     * of a story within {@link StoryMergeSettings#maxDaysApart} joins no story whatever its claims,
     * and need not be read for this pass.
     */
    public java.util.Set<Integer> mayJoin(List<StoryClaims> stories, Map<Integer, List<String>> unread) {
        List<List<String>> texts = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            texts.add(unread.containsKey(i) ? List.copyOf(unread.get(i)) : stories.get(i).claims().stream().map(Claim::sentence).toList());
        }
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        if (unread.isEmpty()) {
            return out;
        }
        List<float[][]> storyVectors = vectorsOf(texts);
        double proposed = comparison.settings().sameFactSimilarity();
        for (int u : new java.util.TreeSet<>(unread.keySet())) {
            for (int v = 0; v < stories.size() && !out.contains(u); v++) {
                if (v != u && stories.get(u).daysApart(stories.get(v)) <= settings.maxDaysApart()
                        && anyPairReaches(storyVectors.get(u), storyVectors.get(v), proposed)) {
                    out.add(u);
                    if (unread.containsKey(v)) {
                        out.add(v); // the same pair, found from the other side
                    }
                }
            }
        }
        return out;
    }

    /** Each list of texts as its MiniLM vectors, every distinct text embedded once. */
    private List<float[][]> vectorsOf(List<List<String>> texts) {
        Map<String, Integer> index = new LinkedHashMap<>();
        texts.forEach(t -> t.forEach(x -> index.putIfAbsent(x, index.size())));
        List<float[]> vectors = index.isEmpty() ? List.of() : embedder.embed(List.copyOf(index.keySet()));
        return texts.stream().map(t -> t.stream().map(x -> vectors.get(index.get(x))).toArray(float[][]::new)).toList();
    }

    private static boolean anyPairReaches(float[][] a, float[][] b, double cosine) {
        for (float[] x : a) {
            for (float[] y : b) {
                if (SentenceEmbedder.cosine(x, y) >= cosine) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many claims of each story state a fact some claim of the other story states. */
    private int[] aligned(List<Claim> a, float[][] va, List<Claim> b, float[][] vb) {
        boolean[] alignedA = new boolean[a.size()];
        boolean[] alignedB = new boolean[b.size()];
        double proposed = comparison.settings().sameFactSimilarity();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (alignedA[i] && alignedB[j]) {
                    continue;
                }
                if (SentenceEmbedder.cosine(va[i], vb[j]) >= proposed && comparison.sameFact(a.get(i), b.get(j))) {
                    alignedA[i] = true;
                    alignedB[j] = true;
                }
            }
        }
        int[] aligned = new int[2];
        for (boolean x : alignedA) {
            aligned[0] += x ? 1 : 0;
        }
        for (boolean x : alignedB) {
            aligned[1] += x ? 1 : 0;
        }
        return aligned;
    }
}
