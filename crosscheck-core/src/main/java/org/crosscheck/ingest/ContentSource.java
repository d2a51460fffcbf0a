package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the raw (possibly gzip-compressed) bytes of one input; may be opened more than once. A
 * file system other than the local one (Hadoop's, in a distributed run) gives its files to the
 * reader through it.
 */
@FunctionalInterface
public interface ContentSource {

    InputStream open() throws IOException;
}
