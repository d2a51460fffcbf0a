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
 */
public record RawDocument(String id, String source, ContentKind kind, String body, DocumentHints hints) {

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
