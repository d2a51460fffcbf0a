package org.crosscheck.report;

import java.util.List;
import java.util.Objects;
import org.crosscheck.time.PartialDate;

/**
 * A dated event of a story, linked to the claim groups that state it.
 *
 * @param disputed true when a claim behind it is one side of a conflict
 * @param inferred true when the date was resolved against the story's date, not against the
 *                 publication date of an article that gives it
 */
public record TimelineEntry(PartialDate date, String text, List<String> claimIds, boolean disputed,
                            boolean inferred) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        claimIds = List.copyOf(claimIds);
    }

    /** An entry dated by the articles' own publication dates. */
    public TimelineEntry(PartialDate date, String text, List<String> claimIds, boolean disputed) {
        this(date, text, claimIds, disputed, false);
    }
}
