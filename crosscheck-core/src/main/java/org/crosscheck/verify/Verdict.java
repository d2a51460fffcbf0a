package org.crosscheck.verify;

import java.util.Locale;

/** What the sources say of a statement or of one of its sentences. */
public enum Verdict {
    /** The sources state it: every name, number and content word is found in them, and nothing contradicts it. */
    SUPPORTED,
    /** A source sentence about the same fact disagrees with it. */
    CONFLICTING,
    /** Nothing contradicts it, but the sources do not state all of it. */
    UNSUPPORTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A statement's verdict from its sentences': conflicting if any conflicts, unsupported if any is, else supported. */
    static Verdict of(Iterable<Verdict> sentences) {
        Verdict out = SUPPORTED;
        for (Verdict v : sentences) {
            if (v == CONFLICTING) {
                return CONFLICTING;
            }
            if (v == UNSUPPORTED) {
                out = UNSUPPORTED;
            }
        }
        return out;
    }
}
