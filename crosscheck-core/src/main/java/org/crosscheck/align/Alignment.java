package org.crosscheck.align;

import java.util.List;

/** Claims of a story grouped by the fact they state, and the conflicts among them. */
public record Alignment(List<ClaimGroup> groups, List<Conflict> conflicts) {

    public Alignment {
        groups = List.copyOf(groups);
        conflicts = List.copyOf(conflicts);
    }
}
