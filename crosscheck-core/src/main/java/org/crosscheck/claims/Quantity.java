package org.crosscheck.claims;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number stated in a sentence, with what it counts.
 *
 * @param value     the number (for "2.5 million", 2500000)
 * @param unit      what is counted or measured ("people", "USD", "percent", "km"), or null
 * @param text      the words as written
 * @param predicate lemma of the word that says what happened to what is counted ("kill" in
 *                  "killing 10 people" and "three people were killed", "serve" in "served four
 *                  months", "dead" in "ten people are dead"), or null when the sentence does not
 *                  tie the number to one
 * @param jointPredicate lemma of a verb joined by "and" to the predicate that says a second thing
 *                  happened to the same ones ("kill" in "shot and killed two co-workers"), or null:
 *                  the count is of those who underwent both
 */
public record Quantity(double value, String unit, String text, String predicate, String jointPredicate) implements java.io.Serializable {

    public Quantity {
        Objects.requireNonNull(text, "text");
    }

    /** A quantity with one predicate, or none. */
    public Quantity(double value, String unit, String text, String predicate) {
        this(value, unit, text, predicate, null);
    }

    /** A quantity whose predicate is not known. */
    public Quantity(double value, String unit, String text) {
        this(value, unit, text, null);
    }

    private static final Pattern VALUE = Pattern.compile("(-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");

    /** The first number of a normalised value ("$2500000.0" -> 2500000, ">=14.0" -> 14, "4.5E7" -> 45000000). */
    public static Optional<Double> normalizedValue(String normalized) {
        Matcher m = VALUE.matcher(normalized);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
