package org.crosscheck.provenance;

import java.util.Locale;

/** How much of one article's text another reuses. */
public enum ReuseKind {
    /** The same text, possibly with trivial differences in furniture or punctuation. */
    DUPLICATE,
    /** Most of the text reused with edits: a rewrite of the source. */
    REWRITE,
    /** Some passages reused beside original reporting. */
    PARTIAL;

    /** The name used in JSON: {@code duplicate}, {@code rewrite}, {@code partial}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
