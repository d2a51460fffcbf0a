package org.crosscheck.pipeline;

import org.crosscheck.ingest.SkippedInput;

/** Hears an ingest as it goes: the CLI prints it on standard error. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /**
     * A batch is written and durable.
     *
     * @param added      articles new to the store in this batch
     * @param duplicates articles of this batch the store held already
     * @param total      articles the store holds now
     */
    default void batchDone(int added, int duplicates, long total) {
    }

    /** An input, or a part of one, could not be read. */
    default void skipped(SkippedInput skipped) {
    }

    /** A story could not be analysed; it is stored without findings. */
    default void problem(String problem) {
    }
}
