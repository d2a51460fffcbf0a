package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Opens the raw (possibly gzip-compressed) bytes of one input; may be opened more than once. */
@FunctionalInterface
interface ContentSource {

    InputStream open() throws IOException;
}
