package org.crosscheck.store;

import java.util.Objects;

/**
 * One edge of the copy network: {@code to} published {@code articles} articles that copy or rewrite
 * (the {@code to} of a duplicate or rewrite provenance link) an article of {@code from}.
 *
 * @param from     the outlet derived from
 * @param to       the outlet whose articles derive
 * @param articles how many of {@code to}'s articles derive from one of {@code from}'s
 */
public record OutletEdge(String from, String to, int articles) {

    public OutletEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
