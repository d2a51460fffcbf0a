package org.crosscheck.bench.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.bench.corpus.GeneratedArticle;
import org.crosscheck.bench.corpus.NewsStream;
import org.crosscheck.bench.corpus.NewsStreamWriter;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.pipeline.StoreIngest;
import org.crosscheck.pipeline.StoryAnalyst;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.cluster.ClusterSettings;

/**
 * Store and ingest throughput (issue 6), one line per run: {@code examples/} through the whole
 * pipeline into a fresh store and again (idempotent: all duplicates); a generated news stream
 * ({@link NewsStream}) into a fresh store with headlines-only analysis (reading, dedup,
 * clustering with the warm state, SQLite and Lucene: the store's own cost), first half then
 * second half (incremental: the warm stories rebuilt from the store); and the first articles of
 * that stream through the whole pipeline (the language models' cost).
 *
 * <p>The first run's time includes loading the language models (CoreNLP, MiniLM, WordNet); the
 * third run, into another fresh store, shows the same work with them loaded.
 *
 * <p>Arguments: EXAMPLES_DIR WORK_DIR [generated (2000)] [fullyAnalysed (100)] [seed (42)].
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int generated = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int analysed = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        Files.createDirectories(work);
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());

        Path store = fresh(work.resolve("examples-store"));
        print("examples, whole pipeline, fresh store", full(pipeline, examples, store));
        print("examples again (all duplicates)", full(pipeline, examples, store));
        print("examples, whole pipeline, models loaded, fresh", full(pipeline, examples, fresh(work.resolve("examples-warm"))));

        Path first = work.resolve("stream-first.jsonl");
        Path second = work.resolve("stream-second.jsonl");
        Path all = work.resolve("stream-all.jsonl");
        write(seed, generated, first, second, all);
        store = fresh(work.resolve("stream-store"));
        print("generated " + generated + ", headlines only, fresh store", headlines(pipeline, all, store));
        print("generated " + generated + " again (all duplicates)", headlines(pipeline, all, store));
        store = fresh(work.resolve("stream-halves"));
        print("generated first half, headlines only", headlines(pipeline, first, store));
        print("generated second half into it (incremental)", headlines(pipeline, second, store));

        if (analysed > 0) {
            Path some = work.resolve("stream-some.jsonl");
            write(seed, analysed, null, null, some);
            store = fresh(work.resolve("stream-analysed"));
            print("generated " + analysed + ", whole pipeline, fresh store", full(pipeline, some, store));
        }
        fresh(work);
    }

    private static IngestSummary full(Pipeline pipeline, Path input, Path dir) throws IOException {
        try (SqliteStore store = SqliteStore.open(dir)) {
            return pipeline.ingest(List.of(input.toString()), System.in, store, IngestListener.NONE,
                    Progress.NONE);
        }
    }

    private static IngestSummary headlines(Pipeline pipeline, Path input, Path dir) throws IOException {
        try (SqliteStore store = SqliteStore.open(dir);
             StoreIngest run = StoreIngest.start(store, IngestSettings.defaults(), ClusterSettings.defaults(), null,
                     StoryAnalyst.headlinesOnly(), IngestListener.NONE)) {
            pipeline.extract(List.of(input.toString()), System.in, ArticleSink.of(run::article, run::skipped));
            return run.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(String what, IngestSummary s) {
        System.out.println(String.format(Locale.ROOT, "ingest %-48s added %6d duplicates %6d stories touched %5d %8.2f s %9.1f articles/s (%.1f read/s)",
                what, s.added(), s.duplicates(), s.storiesTouched(), s.seconds(), s.articlesPerSecond(),
                (s.added() + s.duplicates()) / Math.max(1e-9, s.seconds())));
    }

    /** The stream's first {@code n} articles: all of them to {@code all}, and its halves to {@code first}/{@code second}. */
    private static void write(long seed, int n, Path first, Path second, Path all) throws IOException {
        NewsStream stream = new NewsStream(seed, 50_000, n);
        try (OutputStream a = new BufferedOutputStream(Files.newOutputStream(all));
             OutputStream f = first == null ? OutputStream.nullOutputStream() : new BufferedOutputStream(Files.newOutputStream(first));
             OutputStream s = second == null ? OutputStream.nullOutputStream() : new BufferedOutputStream(Files.newOutputStream(second))) {
            for (int i = 0; stream.hasNext(); i++) {
                GeneratedArticle g = stream.next();
                NewsStreamWriter.writeJson(g, a);
                NewsStreamWriter.writeJson(g, i < n / 2 ? f : s);
            }
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir;
    }
}
