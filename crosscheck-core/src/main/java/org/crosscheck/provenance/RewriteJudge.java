package org.crosscheck.provenance;

import org.crosscheck.settings.ShippedModel;

/**
 * Whether one sentence is a rewrite (paraphrase) of another: a logistic regression over {@link
 * RewriteFeatures}, with the weights, bias and decision threshold of {@code rewrite-judge.properties}
 * (fitted on the MSRP train split by {@code bench/provenance --fit}; the file says how).
 */
public final class RewriteJudge {

    private static final RewriteJudge DEFAULT = load();

    private final LogisticWeights model;
    private final double threshold;

    /**
     * @param weights   one weight per feature, in {@link RewriteFeatures#NAMES} order
     * @param bias      the intercept
     * @param threshold the probability at or above which a pair is a rewrite
     */
    public RewriteJudge(double[] weights, double bias, double threshold) {
        if (weights.length != RewriteFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + RewriteFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
        }
        this.model = new LogisticWeights(weights, bias);
        this.threshold = threshold;
    }

    /** The judge with the shipped weights. */
    public static RewriteJudge defaults() {
        return DEFAULT;
    }

    /** The probability that the pair with these features is a rewrite. */
    public double probability(double[] features) {
        return model.probability(features);
    }

    /** True when the pair's probability reaches the threshold. */
    public boolean isRewrite(double[] features) {
        return probability(features) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    private static RewriteJudge load() {
        return ShippedModel.properties(RewriteJudge.class, "rewrite-judge.properties", p -> {
            LogisticWeights w = LogisticWeights.read(p, RewriteFeatures.NAMES, "rewrite-judge.properties");
            return new RewriteJudge(w.weights(), w.bias(), p.decimal("threshold"));
        });
    }
}
