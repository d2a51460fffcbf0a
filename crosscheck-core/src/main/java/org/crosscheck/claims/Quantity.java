package org.crosscheck.claims;

import java.util.Objects;

/**
 * A number stated in a sentence, with what it counts.
 *
 * @param value the number (for "2.5 million", 2500000)
 * @param unit  what is counted or measured ("people", "USD", "percent", "km"), or null
 * @param text  the words as written
 */
public record Quantity(double value, String unit, String text) {

    public Quantity {
        Objects.requireNonNull(text, "text");
    }
}
