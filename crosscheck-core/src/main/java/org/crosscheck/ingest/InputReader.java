package org.crosscheck.ingest;

import java.io.InputStream;
import java.util.List;

/**
 * Reads every input named on the command line: files, directories (walked recursively, in name
 * order), or {@code -} for standard input; any of them gzip-compressed. Tells the kind by content
 * first and by name second, and hands each document to the listener as it is found. A bad input
 * is reported as skipped and never stops the others.
 */
public final class InputReader {

    /** Reads the inputs in order. {@code stdin} is read when an input is {@code -}. */
    public void read(List<String> inputs, InputStream stdin, DocumentListener listener) {
        throw new UnsupportedOperationException("ingest: not wired yet");
    }
}
