package org.crosscheck.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.extract.Article;

/**
 * Groups articles into stories: reports of the same news event. Single pass in publication
 * order: each article joins the warm story whose centroid is most similar to its TF-IDF vector
 * when the cosine reaches the threshold, else it opens a new story. Candidate stories come from
 * an inverted index of terms, so an article is compared with the stories sharing its strongest
 * terms, never with every article.
 *
 * <p>Order: dated articles first, by date (earliest possible day, then coarser precision first),
 * same dates by article id so that shuffling the input changes nothing; undated articles after
 * them in input order. An undated article has no time constraint and may join any story.
 * A story is cold for a dated article when its latest dated member ended more than
 * {@code coldDays} before the article's earliest possible day. IDF comes from the whole input.
 * When an id occurs twice, the later article is ignored.
 */
public final class StoryClusterer {

    private final ClusterSettings settings;
    private final TermCounter counter;

    public StoryClusterer() {
        this(ClusterSettings.defaults());
    }

    public StoryClusterer(ClusterSettings settings) {
        this.settings = settings;
        this.counter = new TermCounter(settings);
    }

    /** The stories of the given articles; every article is in exactly one story. Deterministic. */
    public List<Story> cluster(List<Article> articles) {
        List<Article> ordered = publicationOrder(articles);
        List<Map<String, Integer>> counts = new ArrayList<>(ordered.size());
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Article a : ordered) {
            Map<String, Integer> c = counter.count(a);
            counts.add(c);
            for (String term : c.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        Run run = new Run(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            run.place(ordered.get(i), vector(counts.get(i), documentFrequency, ordered.size(), run.termIds));
        }
        List<Story> stories = new ArrayList<>(run.stories.size());
        for (StoryState s : run.stories) {
            stories.add(new Story(storyId(s.members.get(0)), s.members));
        }
        return stories;
    }

    private static List<Article> publicationOrder(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        List<Article> dated = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        for (Article a : articles) {
            if (seen.add(a.id())) {
                (a.published() == null ? undated : dated).add(a);
            }
        }
        dated.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        dated.addAll(undated);
        return dated;
    }

    /** Unit-length TF-IDF vector, sublinear term frequency, smoothed IDF; terms in sorted order. */
    private static TermVector vector(Map<String, Integer> counts, Map<String, Integer> df, int n,
                                     Map<String, Integer> termIds) {
        int[] ids = new int[counts.size()];
        double[] weights = new double[counts.size()];
        double normSq = 0;
        int k = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double idf = Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1.0;
            double w = (1.0 + Math.log(e.getValue())) * idf;
            ids[k] = termIds.computeIfAbsent(e.getKey(), t -> termIds.size());
            weights[k] = w;
            normSq += w * w;
            k++;
        }
        double norm = Math.sqrt(normSq);
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= norm;
        }
        return new TermVector(ids, weights);
    }

    static String storyId(String firstArticleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record TermVector(int[] ids, double[] weights) {
    }

    /** A story while clustering runs: members, centroid (sum of unit vectors) and latest date. */
    private static final class StoryState {
        final List<String> members = new ArrayList<>();
        final Map<Integer, Double> centroid = new HashMap<>();
        double normSq;
        LocalDate latest;
    }

    /** The mutable state of one call to {@link #cluster}. */
    private final class Run {
        final Map<String, Integer> termIds;
        final List<StoryState> stories = new ArrayList<>();
        final Map<Integer, List<Integer>> storiesByTerm = new HashMap<>();

        Run(int articles) {
            this.termIds = new HashMap<>(articles * 8);
        }

        void place(Article article, TermVector v) {
            int best = -1;
            double bestScore = -1;
            for (int s : candidates(v)) {
                StoryState story = stories.get(s);
                if (isCold(story, article) || story.normSq == 0) {
                    continue;
                }
                double dot = 0;
                for (int i = 0; i < v.ids.length; i++) {
                    Double c = story.centroid.get(v.ids[i]);
                    if (c != null) {
                        dot += c * v.weights[i];
                    }
                }
                double cosine = dot / Math.sqrt(story.normSq);
                if (cosine > bestScore) {
                    bestScore = cosine;
                    best = s;
                }
            }
            if (best < 0 || bestScore < settings.joinThreshold()) {
                best = stories.size();
                stories.add(new StoryState());
            }
            add(best, article, v);
        }

        private TreeSet<Integer> candidates(TermVector v) {
            Integer[] order = new Integer[v.ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -v.weights[i]).thenComparingInt(i -> v.ids[i]));
            TreeSet<Integer> found = new TreeSet<>();
            for (int k = 0; k < Math.min(order.length, settings.candidateTerms()); k++) {
                found.addAll(storiesByTerm.getOrDefault(v.ids[order[k]], List.of()));
            }
            return found;
        }

        private boolean isCold(StoryState story, Article article) {
            if (article.published() == null || story.latest == null) {
                return false;
            }
            return ChronoUnit.DAYS.between(story.latest, article.published().firstDay()) > settings.coldDays();
        }

        private void add(int s, Article article, TermVector v) {
            StoryState story = stories.get(s);
            story.members.add(article.id());
            for (int i = 0; i < v.ids.length; i++) {
                Double old = story.centroid.get(v.ids[i]);
                double before = old == null ? 0 : old;
                double after = before + v.weights[i];
                story.centroid.put(v.ids[i], after);
                story.normSq += after * after - before * before;
                if (old == null) {
                    storiesByTerm.computeIfAbsent(v.ids[i], t -> new ArrayList<>()).add(s);
                }
            }
            if (article.published() != null) {
                LocalDate last = article.published().lastDay();
                if (story.latest == null || last.isAfter(story.latest)) {
                    story.latest = last;
                }
            }
        }
    }
}
