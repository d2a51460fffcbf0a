package org.crosscheck.bench.scale;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.bench.corpus.GeneratedArticle;
import org.crosscheck.bench.corpus.NewsStream;
import org.crosscheck.bench.corpus.NewsStreamWriter;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.Placement;
import org.crosscheck.cluster.PreparedArticle;
import org.crosscheck.cluster.StoryStream;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.dedup.DedupSettings;

/**
 * One pass of the generated stream through crosscheck. A writer thread generates the stream into
 * JSON Lines chunk files a few chunks ahead (its time is not crosscheck's and is not counted).
 * Two stages, as on a 2-core machine: the first, on its own
 * thread, reads each chunk through the project's ingest path ({@link Pipeline#extract}: JSON
 * Lines with {@code text}, no HTML extraction), fingerprints its articles and prepares them for
 * the story stream (terms and names; both pure functions of each article); the second, on this
 * thread and strictly in stream order, adds each fingerprint to the streaming near-duplicate
 * index and places each prepared article in the story stream (no embeddings). Time is counted per stage on each thread's CPU clock (the machine is shared, so
 * wall time says more about the neighbours than about crosscheck) and on the wall clock, and
 * read at checkpoints, where the heap after a full GC is taken too. Every article's outcome goes
 * to a results file, scored once the timing is over.
 */
public final class ScaleRun {

    /**
     * Cumulative figures after {@code streamed} articles of the stream, of which {@code articles}
     * were placed (the others were skipped by ingest): CPU nanoseconds of ingest and of
     * fingerprinting (first stage) and of the ordered stage (index and story stream), wall time.
     */
    record Checkpoint(int streamed, int articles, long ingestCpu, long fingerprintCpu, long prepareCpu, long indexCpu, long storiesCpu,
                      long wallNanos, long heapBytes, int dedupEntries, int warmStories, int warmArticles) {

        long dedupClusterCpu() {
            return fingerprintCpu + prepareCpu + indexCpu + storiesCpu;
        }

        long orderedCpu() {
            return indexCpu + storiesCpu;
        }

        /** The rate two dedicated cores would sustain: the slower stage bounds it. */
        double pipelinedRate(boolean withIngest) {
            long firstStage = fingerprintCpu + prepareCpu + (withIngest ? ingestCpu : 0);
            return articles / (Math.max(firstStage, orderedCpu()) / 1e9);
        }
    }

    /** What a run gives: its checkpoints, skipped inputs, the results file, the chunk files and the writer's CPU time. */
    record Outcome(List<Checkpoint> checkpoints, int skipped, List<String> skipReasons, Path results, List<Path> chunks,
                   long writerCpu) {
    }

    static final int CHUNK = 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long seed;
    private final double perDay;
    private final Path workDir;

    ScaleRun(long seed, double perDay, Path workDir) {
        this.seed = seed;
        this.perDay = perDay;
        this.workDir = workDir;
    }

    /** The stream directory: chunk files and {@code gold.tsv}. */
    Path streamDir() {
        return workDir.resolve("scale-stream");
    }

    /**
     * Writes the stream as JSON Lines chunk files (one ends at every checkpoint) and its gold
     * labels as {@code gold.tsv}, handing each file to {@code ready} once it is complete, then
     * an empty path; answers the writer's CPU nanoseconds. Runs on its own thread, a few chunks
     * ahead of the measured stages (the queue is small), so no stage waits for generation.
     */
    long write(int total, List<Integer> checkpointSizes, BlockingQueue<Path> ready) throws IOException, InterruptedException {
        Path dir = streamDir();
        Files.createDirectories(dir);
        NewsStream stream = new NewsStream(seed, perDay, total);
        int produced = 0;
        int files = 0;
        try (Writer gold = Files.newBufferedWriter(dir.resolve("gold.tsv"))) {
            for (int bound : chunkBounds(total, checkpointSizes)) {
                Path file = dir.resolve(String.format(Locale.ROOT, "chunk-%06d.jsonl", files++));
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    while (produced < bound) {
                        GeneratedArticle a = stream.next();
                        NewsStreamWriter.writeJson(a, out);
                        NewsStreamWriter.writeGold(a, gold);
                        produced++;
                    }
                }
                ready.put(file);
            }
        }
        ready.put(END);
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Marks the end of the chunk files. */
    static final Path END = Path.of("");

    /** One article ready for the ordered stage. */
    private record Prepared(Article article, Fingerprint fingerprint, PreparedArticle story) {
    }

    /** A chunk through the first stage, with that stage's CPU time for it; error set when it failed. */
    private record FirstStage(List<Prepared> articles, long ingestCpu, long fingerprintCpu, long prepareCpu,
                              String error) {
    }

    /** Generates the stream on one thread and runs it through the two stages as it comes. */
    Outcome run(int total, List<Integer> checkpointSizes) throws IOException, InterruptedException {
        List<Integer> bounds = chunkBounds(total, checkpointSizes);
        BlockingQueue<Path> ready = new ArrayBlockingQueue<>(4);
        List<Path> chunks = Collections.synchronizedList(new ArrayList<>());
        long[] writerCpu = {0};
        String[] writerError = {null};
        Thread writer = new Thread(() -> {
            try {
                writerCpu[0] = write(total, checkpointSizes, ready);
            } catch (IOException | RuntimeException e) {
                writerError[0] = String.valueOf(e);
                ready.offer(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "news-stream");
        writer.setDaemon(true);
        writer.start();
        BlockingQueue<FirstStage> queue = new ArrayBlockingQueue<>(3);
        AtomicInteger skipped = new AtomicInteger();
        List<String> skipReasons = Collections.synchronizedList(new ArrayList<>());

        NearDuplicateIndex duplicates = NearDuplicateIndex.streaming(DedupSettings.defaults());
        Path results = workDir.resolve("scale-results.bin");
        List<Checkpoint> checkpoints = new ArrayList<>();
        long ingestCpu = 0;
        long fingerprintCpu = 0;
        long prepareCpu = 0;
        long indexCpu = 0;
        long storiesCpu = 0;
        long wall = 0;
        int done = 0;
        int next = 0;
        try (StoryStream stories = new StoryStream(ClusterSettings.defaults().withEmbeddings(false), null);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(results), 1 << 16))) {
            Thread first = new Thread(() -> firstStage(ready, chunks, stories, queue, skipped, skipReasons), "ingest-prepare");
            first.setDaemon(true);
            long since = System.nanoTime();
            first.start();
            for (int c = 0; c < bounds.size(); c++) {
                FirstStage chunk = queue.take();
                if (chunk.error() != null) {
                    throw new IllegalStateException("generation, ingest or fingerprinting failed: "
                            + (writerError[0] != null ? writerError[0] : chunk.error()));
                }
                long c0 = THREADS.getCurrentThreadCpuTime();
                List<List<NearDuplicate>> found = new ArrayList<>(chunk.articles().size());
                for (Prepared p : chunk.articles()) {
                    found.add(duplicates.add(p.fingerprint(), p.article().published()));
                }
                long c1 = THREADS.getCurrentThreadCpuTime();
                List<Placement> placed = new ArrayList<>(chunk.articles().size());
                for (Prepared p : chunk.articles()) {
                    placed.add(stories.add(p.story()));
                }
                long c2 = THREADS.getCurrentThreadCpuTime();
                for (int k = 0; k < placed.size(); k++) {
                    out.writeInt(indexOf(placed.get(k).articleId()));
                    out.writeUTF(placed.get(k).storyId());
                    out.writeInt(found.get(k).isEmpty() ? -1 : indexOf(found.get(k).get(0).earlierId()));
                }
                indexCpu += c1 - c0;
                storiesCpu += c2 - c1;
                ingestCpu += chunk.ingestCpu();
                fingerprintCpu += chunk.fingerprintCpu();
                prepareCpu += chunk.prepareCpu();
                done += chunk.articles().size();
                if (next < checkpointSizes.size() && bounds.get(c).intValue() == checkpointSizes.get(next).intValue()) {
                    next++;
                    wall += System.nanoTime() - since;
                    checkpoints.add(new Checkpoint(bounds.get(c), done, ingestCpu, fingerprintCpu, prepareCpu, indexCpu, storiesCpu, wall,
                            heapAfterGc(),
                            duplicates.size(), stories.warmStories(), stories.warmArticles()));
                    Checkpoint at = checkpoints.get(checkpoints.size() - 1);
                    System.err.printf(Locale.ROOT, "  ... %,d articles: %.1f s CPU dedup+cluster, %.0f MB heap after GC, %.0f s wall%n",
                            at.articles(), at.dedupClusterCpu() / 1e9, at.heapBytes() / 1048576.0, wall / 1e9);
                    since = System.nanoTime(); // the GC for the heap reading is not the run's time
                }
            }
        }
        writer.join();
        return new Outcome(checkpoints, skipped.get(), List.copyOf(skipReasons), results, List.copyOf(chunks), writerCpu[0]);
    }

    private static void firstStage(BlockingQueue<Path> ready, List<Path> chunks, StoryStream stories,
                                   BlockingQueue<FirstStage> queue, AtomicInteger skipped, List<String> skipReasons) {
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
        try {
            for (Path file = ready.take(); !file.equals(END); file = ready.take()) {
                chunks.add(file);
                List<Article> articles = new ArrayList<>(CHUNK);
                long c0 = THREADS.getCurrentThreadCpuTime();
                pipeline.extract(List.of(file.toString()), InputStream.nullInputStream(), new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        articles.add(article);
                    }

                    @Override
                    public void skipped(SkippedInput input) {
                        if (skipped.getAndIncrement() < 5) {
                            skipReasons.add(input.source() + ": " + input.reason());
                        }
                    }
                });
                long c1 = THREADS.getCurrentThreadCpuTime();
                Fingerprint[] prints = new Fingerprint[articles.size()];
                for (int k = 0; k < prints.length; k++) {
                    prints[k] = fingerprinter.fingerprint(articles.get(k));
                }
                long c2 = THREADS.getCurrentThreadCpuTime();
                List<Prepared> prepared = new ArrayList<>(articles.size());
                for (int k = 0; k < prints.length; k++) {
                    prepared.add(new Prepared(articles.get(k), prints[k], stories.prepare(articles.get(k))));
                }
                long c3 = THREADS.getCurrentThreadCpuTime();
                queue.put(new FirstStage(prepared, c1 - c0, c2 - c1, c3 - c2, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            queue.offer(new FirstStage(List.of(), 0, 0, 0, String.valueOf(e)));
        }
        queue.offer(new FirstStage(List.of(), 0, 0, 0, "the stream ended early"));
    }

    static int indexOf(String articleId) {
        return Integer.parseInt(articleId.substring(1));
    }

    /** Chunk ends: every {@link #CHUNK} articles, and at every checkpoint. */
    static List<Integer> chunkBounds(int total, List<Integer> checkpoints) {
        List<Integer> bounds = new ArrayList<>();
        int at = 0;
        int c = 0;
        while (at < total) {
            int next = Math.min(total, at + CHUNK);
            while (c < checkpoints.size() && checkpoints.get(c) <= at) {
                c++;
            }
            if (c < checkpoints.size() && checkpoints.get(c) < next) {
                next = checkpoints.get(c);
            }
            bounds.add(next);
            at = next;
        }
        return bounds;
    }

    static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
