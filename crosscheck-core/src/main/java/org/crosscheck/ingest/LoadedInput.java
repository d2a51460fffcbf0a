package org.crosscheck.ingest;

import java.util.Objects;

/**
 * One input read fully into memory and decompressed.
 *
 * @param source   the input as the user named it, used in documents and skip reasons
 * @param fileName the file name without directories and without {@code .gz}; {@code -} for stdin
 * @param bytes    the decompressed content
 */
record LoadedInput(String source, String fileName, byte[] bytes) {

    LoadedInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The source of record {@code key} inside this input. */
    String recordSource(Object key) {
        return source + "#" + key;
    }
}
