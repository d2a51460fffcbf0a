package org.crosscheck.align;

import java.util.List;
import java.util.Objects;

/**
 * One side of a conflict: the value it states and who states it, with the sentences as written.
 *
 * @param claimIds ids of the claims (not groups) on this side
 */
public record ConflictSide(String value, List<String> articleIds, List<String> sentences, List<String> claimIds) {

    public ConflictSide {
        Objects.requireNonNull(value, "value");
        articleIds = List.copyOf(articleIds);
        sentences = List.copyOf(sentences);
        claimIds = List.copyOf(claimIds);
    }
}
