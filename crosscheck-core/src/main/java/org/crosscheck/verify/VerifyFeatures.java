package org.crosscheck.verify;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/** The value of each {@link VerifyFeature} for one statement sentence, or for a whole statement. */
public record VerifyFeatures(double[] values) {

    public VerifyFeatures {
        if (values.length != VerifyFeature.values().length) {
            throw new IllegalArgumentException("one value per feature expected, got " + values.length);
        }
        values = values.clone();
    }

    public double get(VerifyFeature f) {
        return values[f.ordinal()];
    }

    /** The same features with one value changed. */
    public VerifyFeatures with(VerifyFeature f, double value) {
        double[] out = values.clone();
        out[f.ordinal()] = value;
        return new VerifyFeatures(out);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifyFeatures other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(" ");
        for (VerifyFeature f : VerifyFeature.values()) {
            out.add(f.name().toLowerCase(Locale.ROOT) + "=" + String.format(Locale.ROOT, "%.3f", get(f)));
        }
        return out.toString();
    }
}
