package org.crosscheck.pipeline;

/**
 * How an ingest runs.
 *
 * @param batchSize  articles per batch: each batch is written in one transaction and reported
 *                   when done; a crash loses at most the batch in progress
 * @param embeddings whether article embeddings take part in placing articles into stories
 *                   (when {@code cluster.properties} allows them)
 */
public record IngestSettings(int batchSize, boolean embeddings) {

    public static final int DEFAULT_BATCH = 64;

    public IngestSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }

    /** Batches of {@value #DEFAULT_BATCH}, with embeddings. */
    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_BATCH, true);
    }

    public IngestSettings withBatchSize(int size) {
        return new IngestSettings(size, embeddings);
    }

    public IngestSettings withEmbeddings(boolean on) {
        return new IngestSettings(batchSize, on);
    }
}
