package org.crosscheck.spark.output;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.spark.files.HadoopFiles;

/**
 * The files under {@code --out}, written through Hadoop's file systems so that {@code file:},
 * {@code hdfs:} and {@code s3a:} folders all work. The lines of a distributed dataset are written
 * by the executors: a JSON Lines file as the parts of Spark's text writer, in the dataset's order,
 * then joined into the one file (the driver streams the parts' bytes, holding none of them);
 * Parquet folders by Spark from the same JSON objects, their schema read from them. Small files
 * (summary, skipped inputs) are written from the driver.
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

    /** Writes the JSON objects {@code lines}, in their order, as {@code name} in the given format, from the executors. */
    public void write(String name, JavaRDD<String> lines, OutputFormat format) {
        if (format == OutputFormat.JSONL) {
            writeLines(name + ".jsonl", lines);
            return;
        }
        Path folder = new Path(dir, name + ".parquet");
        if (lines.isEmpty()) {
            write(name, List.of(), format);
            return;
        }
        spark.read().json(spark.createDataset(lines.rdd(), Encoders.STRING())).write().mode(SaveMode.Overwrite).parquet(folder.toString());
    }

    /** Writes the lines, in their order, as one text file: the executors write the parts, which are then joined. */
    public void writeLines(String file, JavaRDD<String> lines) {
        Path parts = new Path(dir, "_" + file + ".parts");
        Path target = new Path(dir, file);
        try {
            fs.delete(parts, true);
            lines.saveAsTextFile(parts.toString());
            FileStatus[] written = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
            Arrays.sort(written, Comparator.comparing(f -> f.getPath().getName()));
            if (fs instanceof LocalFileSystem local) {
                joinLocal(local, written, target);
            } else {
                try (OutputStream out = fs.create(target, true)) {
                    for (FileStatus part : written) {
                        try (InputStream in = fs.open(part.getPath())) {
                            in.transferTo(out);
                        }
                    }
                }
            }
            fs.delete(parts, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Joins parts on the local disk with the kernel's copy ({@link FileChannel#transferTo}), not through Java buffers. */
    private static void joinLocal(LocalFileSystem local, FileStatus[] parts, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(local.pathToFile(target).toPath(), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (FileStatus part : parts) {
                try (FileChannel in = FileChannel.open(local.pathToFile(part.getPath()).toPath(), StandardOpenOption.READ)) {
                    long size = in.size();
                    for (long at = 0; at < size; ) {
                        at += in.transferTo(at, size - at, out);
                    }
                }
            }
        }
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
