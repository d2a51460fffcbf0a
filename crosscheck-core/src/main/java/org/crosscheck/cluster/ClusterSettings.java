package org.crosscheck.cluster;

import java.util.Set;
import org.crosscheck.settings.ResourceSettings;

/**
 * The numbers and word list story clustering runs on. {@link #defaults()} reads them from
 * {@code cluster.properties} and {@code stopwords.txt} beside this class, where each is explained.
 *
 * @param joinThreshold  cosine to a story's centroid at or above which an article joins it
 * @param coldDays       days after a story's latest article beyond which it cannot be joined
 * @param titleWeight    weight of a term occurrence in the title
 * @param leadWeight     weight of a term occurrence in the lead paragraph
 * @param bodyWeight     weight of a term occurrence elsewhere in the text
 * @param nameWeight     weight of a capitalised name occurrence, as a term of its own
 * @param candidateTerms how many of an article's strongest terms look up candidate stories
 * @param stopWords      lower-case words never used as terms
 */
public record ClusterSettings(double joinThreshold, int coldDays, int titleWeight, int leadWeight,
                              int bodyWeight, int nameWeight, int candidateTerms, Set<String> stopWords) {

    public ClusterSettings {
        if (joinThreshold <= 0 || joinThreshold > 1) {
            throw new IllegalArgumentException("joinThreshold out of (0,1]: " + joinThreshold);
        }
        if (coldDays < 0 || titleWeight < 0 || leadWeight < 0 || bodyWeight < 0 || nameWeight < 0 || candidateTerms < 1) {
            throw new IllegalArgumentException("days, weights and candidate terms must not be negative");
        }
        stopWords = Set.copyOf(stopWords);
    }

    private static final ClusterSettings DEFAULTS = load();

    /** The settings in {@code cluster.properties} with the words of {@code stopwords.txt}. */
    public static ClusterSettings defaults() {
        return DEFAULTS;
    }

    /** These settings with another join threshold. */
    public ClusterSettings withJoinThreshold(double threshold) {
        return new ClusterSettings(threshold, coldDays, titleWeight, leadWeight, bodyWeight, nameWeight, candidateTerms, stopWords);
    }

    /** These settings with another cold-story gap. */
    public ClusterSettings withColdDays(int days) {
        return new ClusterSettings(joinThreshold, days, titleWeight, leadWeight, bodyWeight, nameWeight, candidateTerms, stopWords);
    }

    private static ClusterSettings load() {
        ResourceSettings p = ResourceSettings.load(ClusterSettings.class, "cluster.properties");
        return new ClusterSettings(
                p.decimal("join.threshold"),
                p.integer("cold.days"),
                p.integer("weight.title"),
                p.integer("weight.lead"),
                p.integer("weight.body"),
                p.integer("weight.name"),
                p.integer("candidate.terms"),
                Set.copyOf(ResourceSettings.wordList(ClusterSettings.class, "stopwords.txt")));
    }
}
