package org.crosscheck.provenance;

import java.util.List;
import java.util.Map;
import org.crosscheck.settings.ResourceSettings;

/**
 * Whether one sentence is a rewrite (paraphrase) of another: a logistic regression over {@link
 * RewriteFeatures}, with the weights, bias and decision threshold of {@code rewrite-judge.properties}
 * (fitted on the MSRP train split by {@code bench/provenance --fit}; the file says how).
 */
public final class RewriteJudge {

    private static final RewriteJudge DEFAULT = load();

    private final double[] weights;
    private final double bias;
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
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The judge with the shipped weights. */
    public static RewriteJudge defaults() {
        return DEFAULT;
    }

    /** The probability that the pair with these features is a rewrite. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** True when the pair's probability reaches the threshold. */
    public boolean isRewrite(double[] features) {
        return probability(features) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    private static RewriteJudge load() {
        ResourceSettings p = ResourceSettings.load(RewriteJudge.class, "rewrite-judge.properties");
        Map<String, String> w = p.withPrefix("weight.");
        List<String> names = RewriteFeatures.NAMES;
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            String value = w.get(names.get(i));
            if (value == null) {
                throw new IllegalStateException("rewrite-judge.properties lacks weight." + names.get(i));
            }
            weights[i] = Double.parseDouble(value);
        }
        return new RewriteJudge(weights, p.decimal("bias"), p.decimal("threshold"));
    }
}
