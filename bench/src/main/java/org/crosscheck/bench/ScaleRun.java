package org.crosscheck.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.Placement;
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

/**
 * One pass of the generated stream through crosscheck: a producer thread generates the stream
 * and writes it as JSON Lines chunks; this thread reads each chunk through the project's ingest
 * path ({@link Pipeline#extract}: JSON Lines with {@code text}, no HTML extraction), then
 * fingerprints every article, adds it to the streaming near-duplicate index and places it in the
 * story stream (no embeddings). Time is counted on this thread's CPU clock (the machine is shared,
 * so wall time says more about the neighbours than about crosscheck) and on the wall clock, per
 * phase, and read at checkpoints where the heap after a full GC is taken too. Every article's
 * outcome goes to a results file, read back for the quality scores once the timing is over.
 */
final class ScaleRun {

    /** Cumulative figures after {@code articles} articles. */
    record Checkpoint(int articles, long ingestCpuNanos, long dedupClusterCpuNanos, long dedupCpuNanos,
                      long ingestWallNanos, long dedupClusterWallNanos, long heapBytes, long gcMillis,
                      int dedupEntries, int warmStories, int warmArticles) {
    }

    /** What a run gives: its checkpoints, skipped inputs and the results file. */
    record Outcome(List<Checkpoint> checkpoints, int skipped, List<String> skipReasons, Path results) {
    }

    private static final int CHUNK = 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long seed;
    private final double perDay;
    private final Path workDir;

    ScaleRun(long seed, double perDay, Path workDir) {
        this.seed = seed;
        this.perDay = perDay;
        this.workDir = workDir;
    }

    /** A generated chunk: its JSON Lines and, in the same order, its articles' gold labels. */
    private record Chunk(byte[] jsonLines, List<GeneratedArticle> gold) {
    }

    Outcome run(int total, List<Integer> checkpointSizes) throws IOException, InterruptedException {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2);
        List<Integer> bounds = chunkBounds(total, checkpointSizes);
        Thread producer = new Thread(() -> produce(total, bounds, queue), "news-stream");
        producer.setDaemon(true);
        producer.start();

        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        Fingerprinter fingerprinter = new Fingerprinter();
        NearDuplicateIndex duplicates = NearDuplicateIndex.streaming();
        Path chunkFile = workDir.resolve("scale-chunk.jsonl");
        Path results = workDir.resolve("scale-results.bin");
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> skipReasons = new ArrayList<>();
        int[] skipped = {0};
        long ingestCpu = 0;
        long dedupClusterCpu = 0;
        long dedupCpu = 0;
        long ingestWall = 0;
        long dedupClusterWall = 0;
        int done = 0;
        int nextCheckpoint = 0;
        try (StoryStream stories = new StoryStream(ClusterSettings.defaults().withEmbeddings(false), null);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(results), 1 << 16))) {
            while (done < total) {
                Chunk chunk = queue.take();
                if (chunk.jsonLines() == null) {
                    throw new IllegalStateException("the stream generator failed: " + chunk.gold());
                }
                Files.write(chunkFile, chunk.jsonLines());
                List<Article> articles = new ArrayList<>(chunk.gold().size());
                long c0 = THREADS.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                pipeline.extract(List.of(chunkFile.toString()), InputStream.nullInputStream(), new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        articles.add(article);
                    }

                    @Override
                    public void skipped(SkippedInput input) {
                        if (skipped[0]++ < 5) {
                            skipReasons.add(input.source() + ": " + input.reason());
                        }
                    }
                });
                long c1 = THREADS.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                List<List<NearDuplicate>> found = new ArrayList<>(articles.size());
                for (Article a : articles) {
                    Fingerprint f = fingerprinter.fingerprint(a);
                    found.add(duplicates.add(f, a.published()));
                }
                long c2 = THREADS.getCurrentThreadCpuTime();
                List<Placement> placed = new ArrayList<>(articles.size());
                for (Article a : articles) {
                    placed.add(stories.add(a));
                }
                long c3 = THREADS.getCurrentThreadCpuTime();
                long w3 = System.nanoTime();
                ingestCpu += c1 - c0;
                ingestWall += w1 - w0;
                dedupCpu += c2 - c1;
                dedupClusterCpu += c3 - c1;
                dedupClusterWall += w3 - w1;
                record(out, chunk.gold(), articles, found, placed);
                done += chunk.gold().size();
                if (nextCheckpoint < checkpointSizes.size() && done == checkpointSizes.get(nextCheckpoint)) {
                    nextCheckpoint++;
                    checkpoints.add(new Checkpoint(done, ingestCpu, dedupClusterCpu, dedupCpu, ingestWall,
                            dedupClusterWall, heapAfterGc(), gcMillis(), duplicates.size(), stories.warmStories(),
                            stories.warmArticles()));
                }
            }
        } finally {
            producer.interrupt();
            Files.deleteIfExists(chunkFile);
        }
        return new Outcome(checkpoints, skipped[0], skipReasons, results);
    }

    /**
     * Results file, one record an article in stream order: index, gold story, gold duplicate-of
     * index (-1 for none), predicted story id, and the index of the most similar earlier
     * near-duplicate found (-1 for none). An article ingest skipped is recorded with story "".
     */
    private static void record(DataOutputStream out, List<GeneratedArticle> gold, List<Article> articles,
                               List<List<NearDuplicate>> found, List<Placement> placed) throws IOException {
        int k = 0;
        for (GeneratedArticle g : gold) {
            out.writeInt(g.index());
            out.writeLong(g.story());
            out.writeInt(g.duplicateOf() == null ? -1 : indexOf(g.duplicateOf()));
            if (k < articles.size() && articles.get(k).id().equals(g.id())) {
                out.writeUTF(placed.get(k).storyId());
                List<NearDuplicate> d = found.get(k);
                out.writeInt(d.isEmpty() ? -1 : indexOf(d.get(0).earlierId()));
                k++;
            } else {
                out.writeUTF("");
                out.writeInt(-1);
            }
        }
    }

    static int indexOf(String articleId) {
        return Integer.parseInt(articleId.substring(1));
    }

    private void produce(int total, List<Integer> bounds, BlockingQueue<Chunk> queue) {
        NewsStream stream = new NewsStream(seed, perDay, total);
        try {
            int produced = 0;
            for (int bound : bounds) {
                ByteArrayOutputStream json = new ByteArrayOutputStream(CHUNK * 4096);
                List<GeneratedArticle> gold = new ArrayList<>(bound - produced);
                while (produced < bound) {
                    GeneratedArticle a = stream.next();
                    NewsStreamWriter.writeJson(a, json);
                    gold.add(new GeneratedArticle(a.index(), a.id(), null, null, null, "", a.story(), a.duplicateOf(),
                            a.kind()));
                    produced++;
                }
                queue.put(new Chunk(json.toByteArray(), gold));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            queue.offer(new Chunk(null, List.of()));
            throw e;
        }
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

    static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
