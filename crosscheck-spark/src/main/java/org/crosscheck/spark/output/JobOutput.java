package org.crosscheck.spark.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.spark.files.HadoopFiles;

/**
 * The files under {@code --out}, written through Hadoop's file systems so that {@code file:},
 * {@code hdfs:} and {@code s3a:} folders all work. JSON Lines files are written whole, in report
 * order; Parquet folders are written by Spark from the same JSON objects, their schema read from
 * them.
 */
public final class JobOutput {

    private final SparkSession spark;
    private final Path dir;
    private final FileSystem fs;

    public JobOutput(SparkSession spark, HadoopFiles hadoop, String dir) {
        this.spark = spark;
        this.dir = new Path(dir);
        try {
            this.fs = hadoop.fileSystem(this.dir);
            fs.setWriteChecksum(false); // no .crc files beside the outputs on a local disk
            fs.mkdirs(this.dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the output folder " + dir, e);
        }
    }

    /** Writes the JSON objects {@code lines} as {@code name} in the given format. */
    public void write(String name, List<String> lines, OutputFormat format) {
        if (format == OutputFormat.JSONL) {
            writeLines(name + ".jsonl", lines);
            return;
        }
        Path folder = new Path(dir, name + ".parquet");
        if (lines.isEmpty()) { // Parquet needs a schema, and no row gives one: an empty folder says none
            try {
                fs.delete(folder, true);
                fs.mkdirs(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + folder, e);
            }
            return;
        }
        var rows = spark.createDataset(lines, Encoders.STRING());
        spark.read().json(rows).write().mode(SaveMode.Overwrite).parquet(folder.toString());
    }

    /** Writes the lines as one text file. */
    public void writeLines(String file, List<String> lines) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(fs.create(new Path(dir, file), true), StandardCharsets.UTF_8))) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + new Path(dir, file), e);
        }
    }
}
