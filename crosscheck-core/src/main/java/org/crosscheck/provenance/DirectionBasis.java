package org.crosscheck.provenance;

import java.util.Locale;

/** What decided which of two articles is the source of a reuse link. */
public enum DirectionBasis {
    /** The source was published earlier: on an earlier day, or at an earlier time when both give one. */
    DATE,
    /**
     * Undated or same day: nearly all of the reusing text is found in the source, while a clearly
     * smaller share of the source is found in it (it left part of the source out).
     */
    CONTAINMENT,
    /**
     * Nothing decided (a copy of the whole text, a reordering or a partial reuse with no dates to
     * tell): the smaller article id is named the source so that output is stable, and the report
     * says the direction is undecided.
     */
    UNDECIDED;

    /** The name used in JSON: {@code date}, {@code containment}, {@code undecided}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
