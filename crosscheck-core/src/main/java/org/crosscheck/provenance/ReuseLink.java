package org.crosscheck.provenance;

import java.util.Objects;

/**
 * One article reusing another's text.
 *
 * @param from    id of the earlier or original article
 * @param to      id of the article that reuses it
 * @param kind    how much is reused
 * @param overlap share of {@code to}'s text that comes from {@code from}, 0 to 1
 */
public record ReuseLink(String from, String to, ReuseKind kind, double overlap) {

    public ReuseLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (from.equals(to)) {
            throw new IllegalArgumentException("an article cannot reuse itself: " + from);
        }
        if (overlap < 0 || overlap > 1) {
            throw new IllegalArgumentException("overlap out of [0,1]: " + overlap);
        }
    }
}
