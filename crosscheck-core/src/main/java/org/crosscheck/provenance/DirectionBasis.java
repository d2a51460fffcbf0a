package org.crosscheck.provenance;

/** What decided which of two articles is the source of a reuse link. */
public enum DirectionBasis {
    /** The source was published on an earlier day. */
    DATE,
    /** Undated or same date: the source holds more of the other's text than the other holds of it. */
    CONTAINMENT,
    /** Undated or same date, equal containment: the source is the longer text. */
    LENGTH,
    /** Nothing decided: the smaller article id is named the source so that output is stable. */
    UNDECIDED
}
