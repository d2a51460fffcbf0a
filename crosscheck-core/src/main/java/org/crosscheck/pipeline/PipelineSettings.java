package org.crosscheck.pipeline;

import java.util.Objects;
import org.crosscheck.extract.OutletDirectory;

/**
 * How the pipeline is put together.
 *
 * @param threads worker threads for the per-story stages
 * @param outlets the user's outlet names (an {@code --outlets} file), consulted first when naming outlets
 */
public record PipelineSettings(int threads, OutletDirectory outlets) {

    public PipelineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(outlets, "outlets");
    }

    /** Settings without an outlet directory. */
    public PipelineSettings(int threads) {
        this(threads, OutletDirectory.EMPTY);
    }

    /** One thread per available processor. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(Runtime.getRuntime().availableProcessors());
    }

    /** The same settings with the user's outlet directory. */
    public PipelineSettings withOutlets(OutletDirectory directory) {
        return new PipelineSettings(threads, directory);
    }
}
