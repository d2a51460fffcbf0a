package org.crosscheck.provenance;

import java.util.Objects;

/**
 * A reuse link with what decided its direction and how much of each side is reused. {@link
 * ReuseLink} is the shared contract; this record adds what the report shows beside it.
 *
 * @param link      the link, from the source to the reusing article
 * @param basis     what decided which article is the source
 * @param fromShare share of the source's text (by characters) found in the reusing article, 0 to 1
 * @param toShare   share of the reusing article's text found in the source, 0 to 1
 * @param copiedShare share of the reusing article's text in sentences copied from the source word for
 *                  word or nearly (character containment alone, no paraphrase judged), 0 to 1: high for a
 *                  copy with small edits, low for a paraphrase
 */
public record Derivation(ReuseLink link, DirectionBasis basis, double fromShare, double toShare, double copiedShare) {

    public Derivation {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(basis, "basis");
        if (fromShare < 0 || fromShare > 1 || toShare < 0 || toShare > 1 || copiedShare < 0 || copiedShare > 1) {
            throw new IllegalArgumentException("shares out of [0,1]");
        }
    }

    /** A derivation whose copied share is its share of the reusing text (every reused sentence copied). */
    public Derivation(ReuseLink link, DirectionBasis basis, double fromShare, double toShare) {
        this(link, basis, fromShare, toShare, toShare);
    }

    /** True when something other than id order decided the direction. */
    public boolean directionKnown() {
        return basis != DirectionBasis.UNDECIDED;
    }
}
