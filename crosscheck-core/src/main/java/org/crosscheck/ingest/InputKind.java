package org.crosscheck.ingest;

/** What an input holds, as told by {@link KindSniffer}. */
enum InputKind {
    /** One HTML page. */
    HTML,
    /** One plain-text article. */
    TEXT,
    /** A WARC file: every HTML response record is a page. */
    WARC,
    /** An RSS 2.0 or Atom feed: every item is an article. */
    FEED,
    /** JSON Lines: every line is one article object. */
    JSON_LINES
}
