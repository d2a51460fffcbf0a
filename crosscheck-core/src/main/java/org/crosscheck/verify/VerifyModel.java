package org.crosscheck.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crosscheck.language.LazyModel;
import org.crosscheck.settings.ShippedModel;

/**
 * The learned decision of the verifier: a logistic regression over standardised
 * {@link VerifyFeature}s giving the probability that a sentence (or statement) is supported, and
 * the threshold from which it counts as supported. Fitted by {@code bench/verify --train} and
 * shipped as {@code verify-model.txt} beside this class: lines {@code threshold T},
 * {@code intercept B} and {@code feature NAME MEAN SCALE WEIGHT}; a feature the file leaves out
 * weighs nothing.
 *
 * <p>An event gate: a sentence whose event no evidence reports, by word, WordNet relation or a
 * near MiniLM neighbour ({@link VerifyFeature#EVENT_NEIGHBOUR} below {@code eventGate}), is not
 * supported whatever else it shares with the sources ("Fire Chief Okonkwo was arrested" against
 * sentences in which she only speaks); its score is scaled down by that cosine. Line {@code
 * eventGate G}; 0 (or no line) turns the gate off. Chosen by cross-validation with the penalty.
 */
public record VerifyModel(double intercept, double[] mean, double[] scale, double[] weight, double threshold,
                          double eventGate) {

    public static final String RESOURCE = "verify-model.txt";

    public VerifyModel {
        int n = VerifyFeature.values().length;
        if (mean.length != n || scale.length != n || weight.length != n) {
            throw new IllegalArgumentException("one mean, scale and weight per feature expected");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        if (!(eventGate >= 0 && eventGate <= 1)) {
            throw new IllegalArgumentException("eventGate must be in [0, 1]: " + eventGate);
        }
        mean = mean.clone();
        scale = scale.clone();
        weight = weight.clone();
    }

    /** The probability, in [0, 1], that the sentence or statement with these features is supported. */
    public double score(VerifyFeatures features) {
        double z = intercept;
        for (VerifyFeature f : VerifyFeature.values()) {
            int i = f.ordinal();
            z += weight[i] * (features.get(f) - mean[i]) / scale[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        if (eventUnreported(features)) {
            p = p * features.get(VerifyFeature.EVENT_NEIGHBOUR) / 2;
        }
        // a close source sentence says the opposite (an antonym of the same participant, another
        // value in the same slot, a denial): not supported, whatever else the evidence shares
        return features.get(VerifyFeature.RULES_CONFLICTING) > 0 ? Math.min(p, threshold / 2) : p;
    }

    /** The sentence's event is reported by no evidence, by word, relation or near neighbour (the event gate). */
    public boolean eventUnreported(VerifyFeatures features) {
        return eventGate > 0 && features.get(VerifyFeature.EVENT_UNSTATED) > 0
                && features.get(VerifyFeature.EVENT_NEIGHBOUR) < eventGate;
    }

    /** This model with another event gate (0: none). */
    public VerifyModel withEventGate(double gate) {
        return new VerifyModel(intercept, mean, scale, weight, threshold, gate);
    }

    /** This model with another threshold. */
    public VerifyModel withThreshold(double t) {
        return new VerifyModel(intercept, mean, scale, weight, t, eventGate);
    }

    public boolean supported(double score) {
        return score >= threshold;
    }

    /** The model shipped in the jar, read once. */
    public static VerifyModel shipped() {
        return SHIPPED.get();
    }

    private static final LazyModel<VerifyModel> SHIPPED = LazyModel.of(() -> ShippedModel.read(VerifyModel.class, RESOURCE,
            in -> parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));

    /** Reads the text format described above; {@code #} starts a comment line. */
    public static VerifyModel parse(String text) {
        int n = VerifyFeature.values().length;
        double[] mean = new double[n];
        double[] scale = new double[n];
        java.util.Arrays.fill(scale, 1);
        double[] weight = new double[n];
        double intercept = 0;
        double threshold = Double.NaN;
        double eventGate = 0;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "intercept" -> intercept = Double.parseDouble(f[1]);
                case "eventGate" -> eventGate = Double.parseDouble(f[1]);
                case "feature" -> {
                    int i = VerifyFeature.valueOf(f[1].toUpperCase(Locale.ROOT)).ordinal();
                    mean[i] = Double.parseDouble(f[2]);
                    scale[i] = Double.parseDouble(f[3]);
                    weight[i] = Double.parseDouble(f[4]);
                }
                default -> throw new IllegalArgumentException("unknown line in " + RESOURCE + ": " + line);
            }
        }
        return new VerifyModel(intercept, mean, scale, weight, threshold, eventGate);
    }

    /** The text format read by {@link #parse}, with the given comment lines first. */
    public String format(List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append(String.format(Locale.ROOT, "threshold %.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "eventGate %.2f%n", eventGate));
        out.append(String.format(Locale.ROOT, "intercept %.6f%n", intercept));
        for (VerifyFeature f : VerifyFeature.values()) {
            int i = f.ordinal();
            out.append(String.format(Locale.ROOT, "feature %s %.6f %.6f %.6f%n", f.name().toLowerCase(Locale.ROOT),
                    mean[i], scale[i], weight[i]));
        }
        return out.toString();
    }
}
