package org.crosscheck.pipeline;

import org.crosscheck.settings.ResourceSettings;

/**
 * How an ingest into a store runs, shipped in {@code store-ingest.properties} beside this class
 * (a settings file's {@code store.*} keys). Whether embeddings place the articles is the
 * clustering's {@code cluster.embeddings}.
 *
 * @param batchSize       articles per batch: each batch is written in one transaction and reported
 *                        when done; a crash loses at most the batch in progress
 * @param keepAnnotations whether the sentence annotations the batches' analysis made are kept in
 *                        the store, for checking statements against the stored articles later
 */
public record IngestSettings(int batchSize, boolean keepAnnotations) {

    /** Batches of {@code batchSize}, keeping the annotations. */
    public IngestSettings(int batchSize) {
        this(batchSize, true);
    }

    public IngestSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }

    private static final IngestSettings DEFAULTS = from(shipped());

    /** The same settings with batches of {@code size}. */
    public IngestSettings withBatchSize(int size) {
        return new IngestSettings(size, keepAnnotations);
    }

    /** The settings in {@code store-ingest.properties}. */
    public static IngestSettings defaults() {
        return DEFAULTS;
    }

    /** The shipped {@code store-ingest.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(IngestSettings.class, "store-ingest.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code store-ingest.properties}). */
    public static IngestSettings from(ResourceSettings p) {
        return new IngestSettings(p.integer("batch.size"), p.bool("keep.annotations"));
    }
}
