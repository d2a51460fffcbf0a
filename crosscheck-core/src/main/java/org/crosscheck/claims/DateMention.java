package org.crosscheck.claims;

import java.util.Objects;
import org.crosscheck.time.PartialDate;

/**
 * A date as written in a sentence and as resolved: "Friday" in an article published on
 * Monday 2024-02-19 resolves to 2024-02-16.
 *
 * @param inferred true when the date was resolved against the publication date of the article's
 *                 story because the article has none of its own
 */
public record DateMention(String text, PartialDate date, boolean inferred) implements java.io.Serializable {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }

    /** A date resolved against the article's own publication date, or one that needs none. */
    public DateMention(String text, PartialDate date) {
        this(text, date, false);
    }
}
