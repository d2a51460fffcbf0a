package org.crosscheck.align;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crosscheck.claims.Claim;

/**
 * One analysed story as the same-event pass reads it: its claims, and the days its dated
 * articles span.
 *
 * @param storyId the story's id
 * @param claims  its claims, in article order (the first is its lead claim)
 * @param first   the first day of its earliest dated article, or null when none is dated
 * @param last    the last day of its latest dated article, or null when none is dated
 */
public record StoryClaims(String storyId, List<Claim> claims, LocalDate first, LocalDate last) implements java.io.Serializable {

    public StoryClaims {
        Objects.requireNonNull(storyId, "storyId");
        claims = List.copyOf(claims);
        if ((first == null) != (last == null) || first != null && last.isBefore(first)) {
            throw new IllegalArgumentException("bad span " + first + ".." + last);
        }
    }

    /** Days between the two spans (0 when they overlap); -1 when either story is undated. */
    long daysApart(StoryClaims other) {
        if (first == null || other.first == null) {
            return -1;
        }
        if (last.isBefore(other.first)) {
            return java.time.temporal.ChronoUnit.DAYS.between(last, other.first);
        }
        if (other.last.isBefore(first)) {
            return java.time.temporal.ChronoUnit.DAYS.between(other.last, first);
        }
        return 0;
    }
}
