package org.crosscheck.report;

import java.util.List;
import java.util.Objects;
import org.crosscheck.time.PartialDate;

/**
 * A dated event of a story, linked to the claim groups that state it.
 *
 * @param disputed true when a claim behind it is one side of a conflict
 */
public record TimelineEntry(PartialDate date, String text, List<String> claimIds, boolean disputed) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        claimIds = List.copyOf(claimIds);
    }
}
