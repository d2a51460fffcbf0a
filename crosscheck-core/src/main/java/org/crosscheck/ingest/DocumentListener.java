package org.crosscheck.ingest;

/** Receives documents as they are read, and the inputs (or parts of inputs) that could not be. */
public interface DocumentListener {

    void document(RawDocument document);

    void skipped(SkippedInput skipped);
}
