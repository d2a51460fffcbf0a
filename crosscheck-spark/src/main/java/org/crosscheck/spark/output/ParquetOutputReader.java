package org.crosscheck.spark.output;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a Parquet output of the job ({@code --format parquet}: {@code articles.parquet/},
 * {@code stories.parquet/}, with {@code reports.jsonl} beside them) back as the JSON Lines
 * output that {@code ingest --from} loads: {@code articles.jsonl} and {@code stories.jsonl}, one
 * JSON object a row (Spark's {@code toJSON}), in the order the job wrote the rows (part file by
 * part file, row by row), and {@code reports.jsonl} linked in place. A field that is null in a
 * row (absent from that row's object, as Spark's schema holds every row's fields) is left out,
 * and the loader reads a missing field as null; fields come in Spark's order (by name), which
 * the loader does not depend on. Every file is written under a
 * {@code .part} name and renamed when complete, and nothing is renamed unless every folder was
 * read, so a damaged folder leaves no output a loader could take for a whole one.
 */
public final class ParquetOutputReader {

    /** The Parquet folders {@code ingest --from} reads, by the JSON Lines file each becomes. */
    static final List<String> NAMES = List.of("articles", "stories");
    private static final String FILE_COLUMN = "__crosscheck_file";
    private static final String ROW_COLUMN = "__crosscheck_row";

    private final SparkSession spark;

    /**
     * {@code ParquetOutputReader DIR TARGET}: run by the launcher for {@code ingest --from DIR} when
     * DIR holds a Parquet output; Spark in local mode, its own log off (a damaged file is told in
     * one line). Exit code 0, or 3 (the code of {@code ingest} when nothing could be processed)
     * with one line on standard error.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ParquetOutputReader DIR TARGET");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().master("local[*]").appName("crosscheck-ingest-parquet")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("OFF");
        int code = 0;
        try {
            new ParquetOutputReader(spark).convert(Path.of(args[0]), Path.of(args[1]));
        } catch (ParquetOutputException | UncheckedIOException e) {
            System.err.println("crosscheck: --from " + e.getMessage());
            code = 3;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    public ParquetOutputReader(SparkSession spark) {
        this.spark = spark;
    }

    /** Whether {@code dir} holds a Parquet output of the job (and no JSON Lines one). */
    public static boolean holdsParquet(Path dir) {
        return !Files.isRegularFile(dir.resolve("stories.jsonl"))
                && NAMES.stream().anyMatch(n -> Files.isDirectory(dir.resolve(n + ".parquet")));
    }

    /**
     * Writes the JSON Lines output equivalent to the Parquet output {@code dir} into {@code target}.
     *
     * @throws ParquetOutputException naming the folder or file that could not be read, in one line
     */
    public void convert(Path dir, Path target) {
        for (String name : NAMES) {
            if (!Files.isDirectory(dir.resolve(name + ".parquet"))) {
                throw new ParquetOutputException(dir.resolve(name + ".parquet") + ": no such folder (not a whole Parquet output of crosscheck spark)");
            }
        }
        Path reports = dir.resolve("reports.jsonl").toAbsolutePath();
        if (!Files.isRegularFile(reports)) {
            throw new ParquetOutputException(dir.resolve("reports.jsonl") + ": no such file (written by crosscheck spark with its stories; run the job again)");
        }
        try {
            Files.createDirectories(target);
            try {
                for (String name : NAMES) {
                    writeRows(dir.resolve(name + ".parquet"), target.resolve(name + ".jsonl.part"));
                }
            } catch (ParquetOutputException e) {
                for (String name : NAMES) {
                    Files.deleteIfExists(target.resolve(name + ".jsonl.part"));
                }
                throw e;
            }
            for (String name : NAMES) {
                Files.move(target.resolve(name + ".jsonl.part"), target.resolve(name + ".jsonl"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(target.resolve("reports.jsonl"));
            Files.createSymbolicLink(target.resolve("reports.jsonl"), reports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + target, e);
        }
    }

    /** The rows of one Parquet folder as JSON objects, in the order the job wrote them, into {@code file}. */
    private void writeRows(Path folder, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (!holdsRows(folder)) { // the job writes an empty folder when there is no row
                return;
            }
            Iterator<String> rows;
            try {
                Dataset<Row> table = spark.read().parquet(folder.toUri().toString());
                String[] columns = table.columns();
                rows = table.select(col("*"), col("_metadata.file_name").as(FILE_COLUMN), col("_metadata.row_index").as(ROW_COLUMN))
                        .orderBy(FILE_COLUMN, ROW_COLUMN)
                        .select(Stream.of(columns).map(c -> col("`" + c + "`")).toArray(org.apache.spark.sql.Column[]::new))
                        .toJSON().toLocalIterator();
                while (rows.hasNext()) {
                    out.write(rows.next());
                    out.write('\n');
                }
            } catch (IOException e) {
                throw e;
            } catch (Exception e) { // Spark's SparkException too, thrown unchecked from Scala
                throw new ParquetOutputException(folder + ": cannot be read as Parquet (" + firstLine(e) + ")", e);
            }
        }
    }

    private static boolean holdsRows(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
    }

    /** The deepest cause's message, first line, as Spark words it. */
    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
