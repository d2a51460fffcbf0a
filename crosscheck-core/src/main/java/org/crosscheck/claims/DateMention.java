package org.crosscheck.claims;

import java.util.Objects;
import org.crosscheck.time.PartialDate;

/**
 * A date as written in a sentence and as resolved: "Friday" in an article published on
 * Monday 2024-02-19 resolves to 2024-02-16.
 */
public record DateMention(String text, PartialDate date) {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }
}
