package org.crosscheck.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The learned decision of the verifier: a logistic regression over standardised
 * {@link VerifyFeature}s giving the probability that a sentence (or statement) is supported, and
 * the threshold from which it counts as supported. Fitted by {@code bench/verify --train} and
 * shipped as {@code verify-model.txt} beside this class: lines {@code threshold T},
 * {@code intercept B} and {@code feature NAME MEAN SCALE WEIGHT}; a feature the file leaves out
 * weighs nothing.
 */
public record VerifyModel(double intercept, double[] mean, double[] scale, double[] weight, double threshold) {

    public static final String RESOURCE = "verify-model.txt";

    public VerifyModel {
        int n = VerifyFeature.values().length;
        if (mean.length != n || scale.length != n || weight.length != n) {
            throw new IllegalArgumentException("one mean, scale and weight per feature expected");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
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
        return 1 / (1 + Math.exp(-z));
    }

    public boolean supported(double score) {
        return score >= threshold;
    }

    /** The model shipped in the jar. */
    public static VerifyModel shipped() {
        try (InputStream in = VerifyModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + VerifyModel.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the text format described above; {@code #} starts a comment line. */
    public static VerifyModel parse(String text) {
        int n = VerifyFeature.values().length;
        double[] mean = new double[n];
        double[] scale = new double[n];
        java.util.Arrays.fill(scale, 1);
        double[] weight = new double[n];
        double intercept = 0;
        double threshold = Double.NaN;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "intercept" -> intercept = Double.parseDouble(f[1]);
                case "feature" -> {
                    int i = VerifyFeature.valueOf(f[1].toUpperCase(Locale.ROOT)).ordinal();
                    mean[i] = Double.parseDouble(f[2]);
                    scale[i] = Double.parseDouble(f[3]);
                    weight[i] = Double.parseDouble(f[4]);
                }
                default -> throw new IllegalArgumentException("unknown line in " + RESOURCE + ": " + line);
            }
        }
        return new VerifyModel(intercept, mean, scale, weight, threshold);
    }

    /** The text format read by {@link #parse}, with the given comment lines first. */
    public String format(List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append(String.format(Locale.ROOT, "threshold %.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "intercept %.6f%n", intercept));
        for (VerifyFeature f : VerifyFeature.values()) {
            int i = f.ordinal();
            out.append(String.format(Locale.ROOT, "feature %s %.6f %.6f %.6f%n", f.name().toLowerCase(Locale.ROOT),
                    mean[i], scale[i], weight[i]));
        }
        return out.toString();
    }
}
