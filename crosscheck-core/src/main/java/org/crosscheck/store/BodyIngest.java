package org.crosscheck.store;

import java.io.IOException;

/**
 * The write side the server sees: adds the articles of one request body to the store, joins
 * them to stories and re-analyses the stories they touch. One writer at a time.
 */
@FunctionalInterface
public interface BodyIngest {

    /**
     * Ingests one body: JSON Lines articles, or one HTML, text, WARC or feed file; {@code name}
     * (a file name such as {@code upload.warc.gz}, or null) helps tell its kind and names it in
     * skip reasons.
     */
    IngestResult ingest(String name, byte[] body) throws IOException;
}
