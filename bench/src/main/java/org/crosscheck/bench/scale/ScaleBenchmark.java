package org.crosscheck.bench.scale;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.crosscheck.bench.metric.BCubed;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;

/**
 * The scale benchmark (issue 4): a seeded generated news stream ({@link NewsStream}) read as
 * JSON Lines through ingest into streaming dedup and story clustering, without embeddings. Prints
 * one line per system per stream size, the sizes doubling up to the whole stream: crosscheck's
 * dedup + clustering time and rate, its time ratio to the previous size (near 2 is linear), its
 * ingest + dedup + clustering rate, the heap after a full GC; and the TF-IDF cosine single-link
 * baseline (all pairs) on the small sizes. Then quality on the generated gold and the targets.
 *
 * <p>Arguments: {@code [articles (default 1000000)] [workDir] [baselineMax (default 32000)]
 * [seed (default 42)] [articlesPerDay (default 50000)]}.
 */
public final class ScaleBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double TARGET_RATE = 3000;
    private static final double LINEAR_RATIO = 2.3;
    /** Flat: the heap after GC at the whole stream at most this times the heap at half of it. */
    private static final double FLAT = 1.2;
    private static final int SMALLEST = 1000;
    /** A baseline size is skipped when the previous one took longer than this (quadratic: the next takes ~4x). */
    private static final double BASELINE_BUDGET_SECONDS = 25;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path work = Path.of(args.length > 1 ? args[1] : "bench/out");
        int baselineMax = args.length > 2 ? Integer.parseInt(args[2].replace("_", "")) : 32_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        double perDay = args.length > 4 ? Double.parseDouble(args[4]) : 50_000;
        Files.createDirectories(work);

        List<Integer> sizes = doublings(total);
        TreeSet<Integer> checkpoints = new TreeSet<>(sizes);
        if (total >= 100_000) {
            checkpoints.add(100_000);
        }
        System.out.printf(Locale.ROOT, "scale: %,d generated articles (seed %d, %,.0f a day, %.1f days), JSON Lines chunks through"
                + " ingest into streaming dedup + story clustering without embeddings; %d cores, JDK %s; the machine is shared:"
                + " times are CPU time of the stages' threads (ingest + fingerprint on one, index + story stream on the other, in order);"
                + " '2 stages' is the rate two dedicated cores sustain (the slower stage), wall time is the shared machine's%n", total, seed, perDay, total / perDay,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        ScaleRun run = new ScaleRun(seed, perDay, work);
        List<Integer> marks = List.copyOf(checkpoints);
        ScaleRun.Outcome outcome = run.run(total, marks);
        List<Path> chunks = outcome.chunks();
        System.out.printf(Locale.ROOT, "stream: %,d JSON Lines chunk files, %,.0f MB, gold labels in gold.tsv; written by its own"
                + " thread ahead of the stages in %.0f s CPU (not counted)%n", chunks.size(), megabytes(chunks),
                outcome.writerCpu() / 1e9);
        if (outcome.skipped() > 0) {
            System.out.printf(Locale.ROOT, "ingest skipped %,d articles, e.g. %s%n", outcome.skipped(), outcome.skipReasons());
        }
        ScaleQuality quality = new ScaleQuality(run.streamDir().resolve("gold.tsv"), outcome.results(), total);
        List<BaselineStep> baseline = baseline(chunks, total, marks, sizes, baselineMax, quality);

        ScaleRun.Checkpoint previous = null;
        ScaleRun.Checkpoint at100k = null;
        double worstRatio = 0;
        for (ScaleRun.Checkpoint c : outcome.checkpoints()) {
            if (c.streamed() == 100_000) {
                at100k = c;
            }
            if (!sizes.contains(c.streamed())) {
                continue;
            }
            double dc = c.dedupClusterCpu() / 1e9;
            double all = (c.dedupClusterCpu() + c.ingestCpu()) / 1e9;
            String ratio = previous == null ? "  -  " : String.format(Locale.ROOT, "x%.2f",
                    (double) c.dedupClusterCpu() / previous.dedupClusterCpu());
            if (previous != null && c.articles() >= 8 * SMALLEST) {
                worstRatio = Math.max(worstRatio, (double) c.dedupClusterCpu() / previous.dedupClusterCpu());
            }
            System.out.printf(Locale.ROOT, "n=%,9d  crosscheck         dedup+cluster %8.2f s %s %6.0f art/s, 2 stages %6.0f art/s"
                            + " (us/art: fingerprint %3.0f, prepare %3.0f | index %3.0f, stories %4.0f) | ingest+dedup+cluster %8.2f s"
                            + " %6.0f art/s, 2 stages %6.0f art/s (wall %6.1f s) | heap after GC %5.0f MB (dedup %,d entries,"
                            + " %,d warm stories, %,d warm articles)%n",
                    c.streamed(), dc, ratio, c.articles() / dc, c.pipelinedRate(false),
                    c.fingerprintCpu() / 1e3 / c.articles(), c.prepareCpu() / 1e3 / c.articles(),
                    c.indexCpu() / 1e3 / c.articles(), c.storiesCpu() / 1e3 / c.articles(), all, c.articles() / all,
                    c.pipelinedRate(true), c.wallNanos() / 1e9, c.heapBytes() / 1048576.0, c.dedupEntries(), c.warmStories(),
                    c.warmArticles());
            for (BaselineStep b : baseline) {
                if (b.size == c.streamed() && b.skippedBecause == null) {
                    System.out.printf(Locale.ROOT, "n=%,9d  tfidf-single-link  all pairs     %8.2f s %s %6.0f art/s"
                                    + " (threshold %.2f, %,d pairs at or above it)%n", b.size, b.cpuSeconds,
                            b.ratio, b.size / b.cpuSeconds, b.threshold, b.pairs);
                }
            }
            previous = c;
        }
        for (BaselineStep b : baseline) {
            if (b.skippedBecause != null) {
                System.out.printf(Locale.ROOT, "n=%,9d  tfidf-single-link  not run: %s%n", b.size, b.skippedBecause);
            }
        }

        int smallest = sizes.get(0);
        BCubed.Score small = quality.stories(smallest);
        BCubed.Score whole = quality.stories(total);
        ScaleQuality.Duplicates dups = quality.duplicates(total);
        System.out.printf(Locale.ROOT, "quality n=%,d  crosscheck         stories B-cubed F1 %.3f (P %.3f R %.3f)%n", smallest,
                small.f1(), small.precision(), small.recall());
        BaselineStep first = baseline.isEmpty() ? null : baseline.get(0);
        if (first != null && first.score != null) {
            System.out.printf(Locale.ROOT, "quality n=%,d  tfidf-single-link  stories B-cubed F1 %.3f (P %.3f R %.3f) at its"
                    + " best threshold %.2f%n", smallest, first.score.f1(), first.score.precision(), first.score.recall(),
                    first.threshold);
        }
        System.out.printf(Locale.ROOT, "quality n=%,d  crosscheck         stories B-cubed F1 %.3f (P %.3f R %.3f); near-duplicates"
                        + " P %.3f R %.3f (%,d articles given a near-duplicate, %,d generated wire copies)%n", total,
                whole.f1(), whole.precision(), whole.recall(), dups.precision(), dups.recall(), dups.flagged(), dups.copies());

        ScaleRun.Checkpoint last = outcome.checkpoints().get(outcome.checkpoints().size() - 1);
        double rate = last.articles() / (last.dedupClusterCpu() / 1e9);
        double pipelined = last.pipelinedRate(false);
        System.out.printf(Locale.ROOT, "target: dedup+cluster >= %,.0f art/s on this 2-core machine: %,.0f art/s in two stages"
                        + " (%,.0f on one thread) over %,d articles %s%n", TARGET_RATE, pipelined, rate, last.articles(),
                pipelined >= TARGET_RATE ? "PASS" : "FAIL");
        if (worstRatio > 0) {
            System.out.printf(Locale.ROOT, "target: near-linear growth, time ratio per doubling <= %.1f from 8,000 on: worst x%.2f %s%n",
                    LINEAR_RATIO, worstRatio, worstRatio <= LINEAR_RATIO ? "PASS" : "FAIL");
        }
        ScaleRun.Checkpoint half = null;
        for (ScaleRun.Checkpoint c : outcome.checkpoints()) {
            if (c.streamed() == last.streamed() / 2) {
                half = c;
            }
        }
        if (half != null) {
            System.out.printf(Locale.ROOT, "target: flat memory: heap after GC %s%.0f MB at %,d and %.0f MB at %,d articles"
                            + " (x%.2f; the windows fill in the first %,.0f articles: dedup %d days, stories cold after %d days,"
                            + " or after %,d articles without a new member) %s%n",
                    at100k == null ? "" : String.format(Locale.ROOT, "%.0f MB at 100,000, ", at100k.heapBytes() / 1048576.0),
                    half.heapBytes() / 1048576.0, half.streamed(), last.heapBytes() / 1048576.0, last.streamed(),
                    (double) last.heapBytes() / half.heapBytes(),
                    // a story joined now and then stays warm for its cold days; the article bound only
                    // ends stories nobody joins
                    perDay * (Math.max(DedupSettings.defaults().window().days(), ClusterSettings.defaults().coldDays()) + 1),
                    DedupSettings.defaults().window().days(), ClusterSettings.defaults().coldDays(),
                    ClusterSettings.defaults().coldArticles(),
                    last.heapBytes() <= FLAT * half.heapBytes() ? "PASS" : "FAIL");
        }
        for (Path chunk : chunks) {
            Files.deleteIfExists(chunk);
        }
        Files.deleteIfExists(run.streamDir().resolve("gold.tsv"));
        Files.deleteIfExists(run.streamDir());
        Files.deleteIfExists(outcome.results());
    }

    /** The stream sizes measured: the total, halved while at least {@link #SMALLEST}, smallest first. */
    static List<Integer> doublings(int total) {
        List<Integer> sizes = new ArrayList<>();
        for (int s = total; s >= SMALLEST || sizes.isEmpty(); s /= 2) {
            sizes.add(0, s);
            if (s < 2) {
                break;
            }
        }
        return sizes;
    }

    /** One baseline run: on the first {@code size} articles of the same stream. */
    private static final class BaselineStep {
        int size;
        double cpuSeconds;
        double wallSeconds;
        String ratio = "  -  ";
        double threshold;
        int pairs;
        BCubed.Score score;
        String skippedBecause;
    }

    private static List<BaselineStep> baseline(List<Path> chunks, int total, List<Integer> marks, List<Integer> sizes,
                                               int max, ScaleQuality quality) {
        List<BaselineStep> steps = new ArrayList<>();
        double bestThreshold = Double.NaN;
        BaselineStep previous = null;
        for (int size : sizes) {
            if (size > max) {
                break;
            }
            BaselineStep step = new BaselineStep();
            step.size = size;
            if (previous != null && previous.cpuSeconds > BASELINE_BUDGET_SECONDS) {
                step.skippedBecause = String.format(Locale.ROOT, "the previous size took %.0f s and the next takes ~4x",
                        previous.cpuSeconds);
                steps.add(step);
                continue;
            }
            List<Article> articles = ingested(chunks, ScaleRun.chunkBounds(total, marks), size);
            boolean sweep = Double.isNaN(bestThreshold);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            TfIdfSingleLink tfidf = new TfIdfSingleLink(articles);
            TfIdfSingleLink.Pairs pairs = tfidf.pairsAtLeast(sweep ? 0.05 : bestThreshold);
            String[] labels = sweep ? null : TfIdfSingleLink.singleLink(articles.size(), pairs, bestThreshold);
            step.cpuSeconds = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
            step.wallSeconds = (System.nanoTime() - w0) / 1e9;
            List<String> gold = quality.goldOf(articles);
            int n = articles.size();
            if (sweep) {
                BCubed.Score best = null;
                for (int t = 5; t <= 95; t += 5) {
                    BCubed.Score s = BCubed.bcubed(Arrays.asList(TfIdfSingleLink.singleLink(n, pairs, t / 100.0)), gold);
                    if (best == null || s.f1() > best.f1()) {
                        best = s;
                        bestThreshold = t / 100.0;
                    }
                }
                step.score = best;
                int atBest = 0;
                for (int k = 0; k < pairs.size(); k++) {
                    if (pairs.cosine()[k] >= bestThreshold) {
                        atBest++;
                    }
                }
                step.pairs = atBest;
            } else {
                step.score = BCubed.bcubed(Arrays.asList(labels), gold);
                step.pairs = pairs.size();
            }
            step.threshold = bestThreshold;
            if (previous != null) {
                step.ratio = String.format(Locale.ROOT, "x%.2f", step.cpuSeconds / previous.cpuSeconds);
            }
            steps.add(step);
            previous = step;
        }
        return steps;
    }

    /** The first {@code size} articles of the stream, read through ingest from the chunk files as the measured run reads them. */
    private static List<Article> ingested(List<Path> chunks, List<Integer> bounds, int size) {
        List<String> files = new ArrayList<>();
        for (int c = 0; c < chunks.size() && bounds.get(c) <= size; c++) {
            files.add(chunks.get(c).toString());
        }
        List<Article> articles = new ArrayList<>(size);
        new Pipeline(PipelineSettings.defaults()).extract(files, InputStream.nullInputStream(), ArticleSink.of(articles::add, skipped -> {
        }));
        return articles;
    }

    private static double megabytes(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return bytes / 1048576.0;
    }
}
