package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The write side the server sees: adds the articles of one request body to the store, joins
 * them to stories and re-analyses the stories they touch. One writer at a time.
 */
@FunctionalInterface
public interface BodyIngest {

    /**
     * Ingests one body, received into a file: JSON Lines articles, or one HTML, text, WARC or
     * feed file; the file's name (such as {@code upload.warc.gz}) helps tell its kind and names
     * it in sources and skip reasons.
     */
    IngestResult ingest(Path body) throws IOException;
}
