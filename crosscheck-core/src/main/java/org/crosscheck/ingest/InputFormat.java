package org.crosscheck.ingest;

/** Turns one loaded input of a known kind into documents, reporting the parts it cannot read. */
interface InputFormat {

    /**
     * Hands every document in {@code input} to the listener. A part that cannot be read is reported
     * as skipped and the rest goes on; a whole input that cannot be read throws.
     */
    void read(LoadedInput input, DocumentListener listener) throws UnreadableInputException;
}
