package org.crosscheck.align;

import java.util.List;
import java.util.Objects;

/**
 * Outlets that contradict each other about one fact of a story.
 *
 * @param confidence how well the conflict is supported, in [0, 1] ({@link ConflictConfidence});
 *                   1 for a conflict built without scoring
 */
public record Conflict(String id, ConflictKind kind, String description, List<ConflictSide> sides, double confidence) {

    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two sides");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** A conflict not yet scored: confidence 1. */
    public Conflict(String id, ConflictKind kind, String description, List<ConflictSide> sides) {
        this(id, kind, description, sides, 1.0);
    }

    /** The same conflict with another confidence. */
    public Conflict withConfidence(double value) {
        return new Conflict(id, kind, description, sides, value);
    }
}
