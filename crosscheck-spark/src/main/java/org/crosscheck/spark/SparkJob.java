package org.crosscheck.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.SettingsFile;
import org.crosscheck.spark.files.UnknownFileSystemException;
import org.crosscheck.spark.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosscheck spark INPUT... --out DIR}: the whole pipeline as a Spark job. Run from the
 * launcher it starts Spark in local mode on this machine; under {@code spark-submit} it takes the
 * master that {@code spark-submit} was given.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Runs the pipeline as an Apache Spark job: one task per input file, each story analysed in a task; "
                + "writes articles, stories and links (JSON Lines or Parquet), skipped.jsonl and summary.json under --out.")
public final class SparkJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "files or directories (walked recursively), as plain paths or any URI Hadoop's file systems "
                    + "understand (file:, hdfs:, s3a: with its connector); any may be gzip-compressed")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (made when missing): a plain path or a Hadoop URI")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*])")
    String master;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl or parquet (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--bucket-days", paramLabel = "DAYS", defaultValue = "" + SparkRun.DEFAULT_BUCKET_DAYS,
            description = "span of publication days of a story bucket, clustered in one task, with an overlap of "
                    + "cluster.cold.days with the span before (default: ${DEFAULT-VALUE})")
    int bucketDays;

    @Option(names = "--until", paramLabel = "STAGE", defaultValue = "analyze",
            description = "the last stage: analyze (the whole job), or cluster (read, deduplicate and make the stories, "
                    + "then write articles, duplicates and summary.json only; for timing the first stages)")
    String until;

    @Option(names = {"--quiet", "-q"}, description = "no progress or closing line on standard error, and Spark's own log at errors only")
    boolean quiet;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "properties file of stage.key=value lines replacing shipped settings (docs/settings.md lists every key)")
    Path settings;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }

    @Override
    public Integer call() {
        OutputFormat outputFormat;
        try {
            outputFormat = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("crosscheck: --format must be jsonl or parquet, not " + format);
            return 2;
        }
        if (!until.equals("analyze") && !until.equals("cluster")) {
            System.err.println("crosscheck: --until must be analyze or cluster, not " + until);
            return 2;
        }
        if (bucketDays < 1) {
            System.err.println("crosscheck: --bucket-days must be at least 1, not " + bucketDays);
            return 2;
        }
        if (inputs.contains("-")) {
            System.err.println("crosscheck: spark reads files and directories, not standard input");
            return 2;
        }
        Map<String, String> values = Map.of();
        if (settings != null) { // checked before anything of Spark loads (SparkConf already logs)
            try {
                values = SettingsFile.values(settings);
                SettingsFile.apply(values, settings.toString(), new PipelineSettings(1));
            } catch (IOException | RuntimeException e) {
                System.err.println("crosscheck: --settings " + settings + ": "
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
                return 2;
            }
        }
        if (quiet) { // before SparkConf, whose first use already logs
            org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.ERROR);
        }
        SparkConf conf = new SparkConf().setAppName("crosscheck");
        values.forEach((key, value) -> conf.set(ExecutorPipeline.SETTING_PREFIX + key, value));
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkRun job = new SparkRun(spark, bucketDays, until.equals("analyze"));
            ObjectNode summary = job.run(inputs, out, outputFormat);
            job.skipped().forEach(s -> System.err.println("crosscheck: " + s.message()));
            if (!quiet) {
                System.err.println("crosscheck: " + summary.path("articles").asInt() + " articles, "
                        + summary.path("stories").asInt() + " stories, " + summary.path("links").asInt() + " links, "
                        + summary.path("skipped").asInt() + " skipped; written to " + out);
            }
            return job.skipped().isEmpty() ? 0 : 1;
        } catch (UnknownFileSystemException e) {
            System.err.println("crosscheck: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
