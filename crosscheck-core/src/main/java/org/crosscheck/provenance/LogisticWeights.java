package org.crosscheck.provenance;

import java.util.List;
import java.util.Map;
import org.crosscheck.settings.ResourceSettings;

/**
 * The weights and intercept of a logistic regression over named features, as the shipped models
 * of this package keep them in their properties files ({@code weight.<feature>=...}, {@code bias=...}).
 *
 * @param weights one weight per feature, in the order of the names they were read by
 * @param bias    the intercept
 */
record LogisticWeights(double[] weights, double bias) {

    LogisticWeights {
        weights = weights.clone();
    }

    /** The weights named {@code weight.<name>} for each of {@code names}, and {@code bias}, of {@code file}. */
    static LogisticWeights read(ResourceSettings settings, List<String> names, String file) {
        Map<String, String> w = settings.withPrefix("weight.");
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            String value = w.get(names.get(i));
            if (value == null) {
                throw new IllegalStateException(file + " lacks weight." + names.get(i));
            }
            weights[i] = Double.parseDouble(value);
        }
        return new LogisticWeights(weights, settings.decimal("bias"));
    }

    /** The probability the model gives a case with these features. */
    double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
