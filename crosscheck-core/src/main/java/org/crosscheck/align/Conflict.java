package org.crosscheck.align;

import java.util.List;
import java.util.Objects;

/** Outlets that contradict each other about one fact of a story. */
public record Conflict(String id, ConflictKind kind, String description, List<ConflictSide> sides) {

    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two sides");
        }
    }
}
