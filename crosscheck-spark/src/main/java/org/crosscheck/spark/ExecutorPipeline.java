package org.crosscheck.spark;

import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;

/**
 * The one {@link Pipeline} of this JVM, made on first use: every task an executor runs shares
 * it, so the language models load once per executor, never once per task. Each task analyses on
 * one thread, as Spark gives each task one core.
 */
public final class ExecutorPipeline {

    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {
    }

    public static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = new Pipeline(new PipelineSettings(1));
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
