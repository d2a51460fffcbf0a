package org.crosscheck.ingest;

import java.util.Objects;

/**
 * One document as read from an input, before extraction: its stable id, where it came from,
 * what kind of content its body is, the body decoded to text, and the metadata the container
 * itself supplied (a feed item's title, a JSON Lines object's fields, a WARC record's URL).
 *
 * @param id     stable id: the same input gives the same id on every run and machine
 * @param source the path as given, {@code path#record} for WARC records and feed items, or a URL
 * @param kind   whether {@code body} is HTML markup or plain text
 * @param body   the decoded body
 * @param hints  metadata from the container, each field possibly null
 * @param stated the input states that the body is the article (a text file, a JSON Lines
 *               {@code "text"}, a feed item), so extraction keeps it whatever its length; false
 *               for a page (HTML file, WARC record, JSON Lines {@code "html"}) whose article text
 *               must first be found, and which needs a minimum length to count as one
 */
public record RawDocument(String id, String source, ContentKind kind, String body, DocumentHints hints,
                          boolean stated) {

    /** A document whose body is stated to be the article when it is plain text, a page when it is HTML. */
    public RawDocument(String id, String source, ContentKind kind, String body, DocumentHints hints) {
        this(id, source, kind, body, hints, kind == ContentKind.TEXT);
    }

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        hints = hints == null ? DocumentHints.NONE : hints;
    }

    /** What a body holds. */
    public enum ContentKind { HTML, TEXT }
}
