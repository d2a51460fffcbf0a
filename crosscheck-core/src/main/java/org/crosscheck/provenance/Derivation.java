package org.crosscheck.provenance;

import java.util.Objects;

/**
 * A reuse link with what decided its direction. {@link ReuseLink} is the shared contract and
 * carries no direction confidence; this record keeps it for callers that need it.
 *
 * @param link  the link, from the source to the reusing article
 * @param basis what decided which article is the source
 */
public record Derivation(ReuseLink link, DirectionBasis basis) {

    public Derivation {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(basis, "basis");
    }

    /** True when something other than id order decided the direction. */
    public boolean directionKnown() {
        return basis != DirectionBasis.UNDECIDED;
    }
}
