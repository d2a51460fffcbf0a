package org.crosscheck.ingest;

/**
 * Metadata that a container (feed item, JSON Lines object, WARC header) supplies beside a body.
 * Every field may be null. Extraction prefers these over what it finds in the body.
 *
 * @param published an ISO-8601 date or timestamp as the container gave it
 */
public record DocumentHints(String url, String title, String byline, String published, String site,
                            String language) {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);
}
