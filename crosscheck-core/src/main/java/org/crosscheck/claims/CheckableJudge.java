package org.crosscheck.claims;

import java.util.List;
import java.util.Map;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.LazyModel;
import org.crosscheck.settings.ResourceSettings;
import org.crosscheck.settings.ShippedModel;

/**
 * Whether a sentence is checkable, a statement outlets can corroborate or contradict (an event, a
 * quantity, a date, an attributed statement of fact) rather than opinion, feeling, a question, a
 * call to action or commentary: a logistic regression over {@link CheckableFeatures}, with the
 * weights, bias and threshold of {@code checkable-judge.properties} (fitted on judged sentences of
 * real pages by {@code bench/checkable --fit}; the file says how).
 */
public final class CheckableJudge {

    private static final LazyModel<CheckableJudge> LOADED = LazyModel.of(CheckableJudge::load);

    private final CheckableFeatures features;
    private final double[] weights;
    private final double bias;
    private final double threshold;

    /**
     * @param weights   one weight per feature, in {@link CheckableFeatures#NAMES} order
     * @param bias      the intercept
     * @param threshold the probability at or above which a sentence is checkable
     */
    public CheckableJudge(double[] weights, double bias, double threshold) {
        if (weights.length != CheckableFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + CheckableFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
        }
        this.features = CheckableFeatures.defaults();
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The judge with the shipped weights. */
    public static CheckableJudge defaults() {
        return LOADED.get();
    }

    /** The probability that the sentence is checkable. */
    public double probability(AnnotatedSentence sentence) {
        double[] x = features.of(sentence);
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** True when the sentence's probability reaches the threshold. */
    public boolean isCheckable(AnnotatedSentence sentence) {
        return probability(sentence) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    private static CheckableJudge load() {
        return ShippedModel.properties(CheckableJudge.class, "checkable-judge.properties", CheckableJudge::from);
    }

    private static CheckableJudge from(ResourceSettings p) {
        Map<String, String> w = p.withPrefix("weight.");
        List<String> names = CheckableFeatures.NAMES;
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            String value = w.get(names.get(i));
            if (value == null) {
                throw new IllegalStateException("it lacks weight." + names.get(i));
            }
            weights[i] = Double.parseDouble(value);
        }
        return new CheckableJudge(weights, p.decimal("bias"), p.decimal("threshold"));
    }
}
