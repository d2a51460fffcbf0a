package org.crosscheck.pipeline;

import java.io.IOException;

/**
 * The write side the server sees: adds the articles of one request body to the store, joins
 * them to stories and re-analyses the stories they touch. One writer at a time.
 */
@FunctionalInterface
public interface BodyIngest {

    /**
     * Ingests one body, held in memory: JSON Lines articles, or one HTML, text, WARC or feed
     * file. {@code name} (such as {@code upload.warc.gz}) is only a label: it names the body in
     * sources and skip reasons and its ending helps tell the kind; it is never used as a path.
     */
    IngestResult ingest(String name, byte[] body) throws IOException;
}
