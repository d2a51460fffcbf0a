package org.crosscheck.provenance;

import org.crosscheck.settings.ShippedModel;

/**
 * Whether a whole article is a rewrite of another by meaning: a logistic regression over {@link
 * MeaningFeatures}, with the weights, bias and threshold of {@code article-rewrite.properties}
 * (fitted by {@code bench/provenance --fit-articles} on generated rewrites and real same-event
 * ECB+ pairs of the tuning topics; the file says how), and the two numbers around it: the mean
 * vector cosine below which a pair is not aligned by meaning at all, and the margin by which one
 * text's matched share must exceed the other's for containment to decide the direction of an
 * undated rewrite.
 *
 * @param weights           one weight per feature, in {@link MeaningFeatures#NAMES} order
 * @param bias              the intercept
 * @param threshold         the probability at or above which a pair is a rewrite
 * @param candidateCosine   the least cosine of the two texts' mean sentence vectors worth aligning
 * @param directionMargin   the least difference of matched shares that tells which undated text derives
 * @param minMatched        the fewest sentences of the later text matched at the middle cosine for any
 *                          rewrite by meaning: with fewer, a text of a headline and a sentence or two
 *                          says the same facts as any report of the event, and nothing tells a rewrite
 */
public record ArticleRewriteModel(double[] weights, double bias, double threshold, double candidateCosine,
                                  double directionMargin, int minMatched) {

    private static final ArticleRewriteModel DEFAULT = load();

    public ArticleRewriteModel {
        if (weights.length != MeaningFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + MeaningFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        if (threshold < 0 || threshold > 1 || directionMargin < 0 || directionMargin > 1 || minMatched < 0) {
            throw new IllegalArgumentException("threshold or margin out of [0,1]");
        }
        weights = weights.clone();
    }

    /** The model with the shipped weights. */
    public static ArticleRewriteModel defaults() {
        return DEFAULT;
    }

    /** The probability that the pair with these features is a rewrite. */
    public double probability(double[] features) {
        return new LogisticWeights(weights, bias).probability(features);
    }

    /** True when the later text of the pair with these features has enough matched sentences to be weighed at all. */
    public boolean enoughText(double[] features) {
        return MeaningFeatures.matchedSentences(features) >= minMatched;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    private static ArticleRewriteModel load() {
        return ShippedModel.properties(ArticleRewriteModel.class, "article-rewrite.properties", p -> {
            LogisticWeights w = LogisticWeights.read(p, MeaningFeatures.NAMES, "article-rewrite.properties");
            return new ArticleRewriteModel(w.weights(), w.bias(), p.decimal("threshold"), p.decimal("candidate.cosine"),
                    p.decimal("direction.margin"), p.integer("min.matched.sentences"));
        });
    }
}
