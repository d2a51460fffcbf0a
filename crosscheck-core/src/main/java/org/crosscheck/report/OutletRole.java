package org.crosscheck.report;

import java.util.Locale;

/** What an outlet's articles are to a story's text, from the story's provenance links. */
public enum OutletRole {
    /** It has an article no link derives, and that article is the story's earliest such (its first report). */
    ORIGINATOR,
    /** Each of its articles is a copy or a rewrite of another, at least one a rewrite. */
    REWRITER,
    /** Each of its articles is a copy (the {@code to} of a duplicate link). */
    COPIER,
    /** It has an article no link derives, but not the earliest. */
    INDEPENDENT;

    /** The name used in JSON: {@code originator}, {@code rewriter}, {@code copier}, {@code independent}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
