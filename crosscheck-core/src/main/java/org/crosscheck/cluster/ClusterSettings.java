package org.crosscheck.cluster;

import java.util.HashSet;
import java.util.Set;
import org.crosscheck.language.ContentWords;
import org.crosscheck.settings.ResourceSettings;

/**
 * The numbers and word list story clustering runs on. {@link #defaults()} reads them from
 * {@code cluster.properties} and {@code topic-neutral-words.txt} beside this class (with the shared
 * stop words of {@link ContentWords#stopWords()}), where each is explained.
 *
 * @param embeddings      whether article embeddings take part in the join decision (when an embedder is given)
 * @param join            the join score's weights and threshold with embeddings
 * @param plainJoin       the join score's weights and threshold without embeddings
 * @param coldDays        days after a story's latest article beyond which it cannot be joined
 * @param coldArticles    articles that may arrive after a story's latest member before it goes cold
 * @param titleWeight     weight of a term occurrence in the title
 * @param leadWeight      weight of a term occurrence in the lead
 * @param bodyWeight      weight of a term occurrence elsewhere in the text
 * @param leadChars       how many characters of the text make the lead
 * @param candidateTerms  how many of an article's strongest title and lead words go into its candidate query
 * @param candidateNames  how many of an article's strongest name words go into its candidate query
 * @param candidateHits   how many best-matching indexed articles name candidate stories
 * @param refreshEvery    articles between two reopenings of the candidate index
 * @param searchBelow     the index is searched only when no recent story scores this many times the join threshold
 * @param indexedMembers  how many of a story's first members go into the candidate index (then those at powers of two)
 * @param stopWords       lower-case words never used as terms
 */
public record ClusterSettings(boolean embeddings, JoinScore join, JoinScore plainJoin, int coldDays, int coldArticles,
                              int titleWeight, int leadWeight, int bodyWeight, int leadChars,
                              int candidateTerms, int candidateNames, int candidateHits, int refreshEvery,
                              double searchBelow, int indexedMembers, Set<String> stopWords) {

    /**
     * How the join score of an article and a story is made: a weighted sum of the three
     * similarities, each in [0,1]; the article joins its best story when the sum reaches the threshold.
     */
    public record JoinScore(double lexical, double entities, double embedding, double threshold) {

        public JoinScore {
            if (lexical < 0 || entities < 0 || embedding < 0 || threshold <= 0) {
                throw new IllegalArgumentException("join weights must not be negative and the threshold must be positive");
            }
        }

        public JoinScore withThreshold(double t) {
            return new JoinScore(lexical, entities, embedding, t);
        }
    }

    public ClusterSettings {
        if (coldDays < 0 || coldArticles < 1 || titleWeight < 0 || leadWeight < 0 || bodyWeight < 0 || leadChars < 0
                || candidateTerms < 1 || candidateNames < 0 || candidateHits < 1 || refreshEvery < 1
                || !(searchBelow >= 0) || indexedMembers < 1) {
            throw new IllegalArgumentException("days, weights, sizes and counts must not be negative");
        }
        stopWords = Set.copyOf(stopWords);
    }

    private static final ClusterSettings DEFAULTS = load();

    /** The settings in {@code cluster.properties} with the shared stop words and {@code topic-neutral-words.txt}. */
    public static ClusterSettings defaults() {
        return DEFAULTS;
    }

    /** The join score in use: with embeddings or without. */
    public JoinScore joinScore(boolean withEmbeddings) {
        return withEmbeddings ? join : plainJoin;
    }

    /** These settings with embeddings on or off. */
    public ClusterSettings withEmbeddings(boolean on) {
        return new ClusterSettings(on, join, plainJoin, coldDays, coldArticles, titleWeight, leadWeight, bodyWeight,
                leadChars, candidateTerms, candidateNames, candidateHits, refreshEvery, searchBelow, indexedMembers, stopWords);
    }

    /** These settings with other join scores (with and without embeddings). */
    public ClusterSettings withJoin(JoinScore withEmbeddings, JoinScore without) {
        return new ClusterSettings(embeddings, withEmbeddings, without, coldDays, coldArticles, titleWeight, leadWeight,
                bodyWeight, leadChars, candidateTerms, candidateNames, candidateHits, refreshEvery, searchBelow, indexedMembers, stopWords);
    }

    /** These settings with another join threshold for both join scores. */
    public ClusterSettings withJoinThreshold(double threshold) {
        return withJoin(join.withThreshold(threshold), plainJoin.withThreshold(threshold));
    }

    /** These settings with another cold-story gap in days. */
    public ClusterSettings withColdDays(int days) {
        return new ClusterSettings(embeddings, join, plainJoin, days, coldArticles, titleWeight, leadWeight, bodyWeight,
                leadChars, candidateTerms, candidateNames, candidateHits, refreshEvery, searchBelow, indexedMembers, stopWords);
    }

    /** These settings with another cold-story gap in articles. */
    public ClusterSettings withColdArticles(int articles) {
        return new ClusterSettings(embeddings, join, plainJoin, coldDays, articles, titleWeight, leadWeight, bodyWeight,
                leadChars, candidateTerms, candidateNames, candidateHits, refreshEvery, searchBelow, indexedMembers, stopWords);
    }

    /** These settings with other candidate search sizes. */
    public ClusterSettings withCandidates(int terms, int nameTerms, int hits, int refresh) {
        return new ClusterSettings(embeddings, join, plainJoin, coldDays, coldArticles, titleWeight, leadWeight, bodyWeight,
                leadChars, terms, nameTerms, hits, refresh, searchBelow, indexedMembers, stopWords);
    }

    /** These settings with another recent-match bar for skipping the search, and another cap on indexed members. */
    public ClusterSettings withSearch(double below, int members) {
        return new ClusterSettings(embeddings, join, plainJoin, coldDays, coldArticles, titleWeight, leadWeight, bodyWeight,
                leadChars, candidateTerms, candidateNames, candidateHits, refreshEvery, below, members, stopWords);
    }

    /** These settings with other term weights. */
    public ClusterSettings withTermWeights(int title, int lead, int body, int leadLength) {
        return new ClusterSettings(embeddings, join, plainJoin, coldDays, coldArticles, title, lead, body,
                leadLength, candidateTerms, candidateNames, candidateHits, refreshEvery, searchBelow, indexedMembers, stopWords);
    }

    private static ClusterSettings load() {
        return from(shipped());
    }

    /** The shipped {@code cluster.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(ClusterSettings.class, "cluster.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code cluster.properties}) and the shipped word lists. */
    public static ClusterSettings from(ResourceSettings p) {
        return new ClusterSettings(
                p.bool("embeddings"),
                new JoinScore(p.decimal("join.lexical"), p.decimal("join.entities"), p.decimal("join.embedding"),
                        p.decimal("join.threshold")),
                new JoinScore(p.decimal("plain.lexical"), p.decimal("plain.entities"), 0, p.decimal("plain.threshold")),
                p.integer("cold.days"),
                p.integer("cold.articles"),
                p.integer("weight.title"),
                p.integer("weight.lead"),
                p.integer("weight.body"),
                p.integer("lead.chars"),
                p.integer("candidate.terms"),
                p.integer("candidate.names"),
                p.integer("candidate.hits"),
                p.integer("index.refresh"),
                p.decimal("search.below"),
                p.integer("index.members"),
                sharedAndTopicNeutralWords());
    }

    /** The shared stop words with the clusterer's own topic-neutral words. */
    private static Set<String> sharedAndTopicNeutralWords() {
        Set<String> words = new HashSet<>(ContentWords.stopWords());
        words.addAll(ResourceSettings.wordList(ClusterSettings.class, "topic-neutral-words.txt"));
        return Set.copyOf(words);
    }
}
