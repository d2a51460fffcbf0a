package org.crosscheck.spark;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.SettingsFile;
import scala.Tuple2;

/**
 * The one {@link Pipeline} of this JVM, made on first use: every task an executor runs shares
 * it, so the language models load once per executor, never once per task. Each task analyses on
 * one thread, as Spark gives each task one core. Its settings are the shipped ones with the values
 * of the job's {@code --settings} file, which travel in the Spark configuration under
 * {@value #SETTING_PREFIX} (read on each executor from its {@link SparkEnv}).
 */
public final class ExecutorPipeline {

    /** The prefix of the Spark configuration keys that carry the job's {@code stage.key} settings. */
    public static final String SETTING_PREFIX = "spark.crosscheck.setting.";

    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {
    }

    public static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = new Pipeline(settings());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** One thread, with the settings the job's configuration carries. */
    private static PipelineSettings settings() {
        Map<String, String> values = new HashMap<>();
        SparkEnv env = SparkEnv.get();
        if (env != null) {
            for (Tuple2<String, String> entry : env.conf().getAllWithPrefix(SETTING_PREFIX)) {
                values.put(entry._1(), entry._2());
            }
        }
        return SettingsFile.apply(values, "the job's --settings", new PipelineSettings(1));
    }
}
