package org.crosscheck.pipeline;

/**
 * How the pipeline is put together.
 *
 * @param threads worker threads for the per-story stages
 */
public record PipelineSettings(int threads) {

    public PipelineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** One thread per available processor. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(Runtime.getRuntime().availableProcessors());
    }
}
