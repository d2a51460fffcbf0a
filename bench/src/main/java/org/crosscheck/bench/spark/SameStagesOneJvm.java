package org.crosscheck.bench.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.report.JsonReport;

/**
 * The stages of {@code crosscheck spark --until cluster} run in one JVM with the core's
 * single-machine code, no Spark: read every input ({@link Pipeline#extract}, as the CLI verbs
 * read), near-duplicates by one {@link NearDuplicateIndex} with no window fed in reading order (the
 * pairs the job's banding must equal), stories by {@link Pipeline#cluster} without embeddings, and
 * the articles and pairs written as JSON Lines. No verb of the CLI runs exactly these stages
 * ({@code cluster} reads and clusters, {@code analyze} goes on to the claims), so this is the
 * single-JVM side of {@code bench/spark --stream}'s comparison stage by stage. Prints one line a
 * stage (wall and process CPU seconds) and the total.
 * <pre>SameStagesOneJvm OUTDIR INPUT...</pre>
 */
public final class SameStagesOneJvm {

    private SameStagesOneJvm() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        List<String> inputs = List.of(args).subList(1, args.length);
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        Clock clock = new Clock();

        List<Article> articles = new ArrayList<>();
        pipeline.extract(inputs, InputStream.nullInputStream(), ArticleSink.of(articles::add, s -> { }));
        clock.stage("extract", articles.size());

        NearDuplicateIndex index = new NearDuplicateIndex(pipeline.settings().dedup());
        List<NearDuplicate> pairs = new ArrayList<>();
        for (Article a : articles) {
            pairs.addAll(index.add(pipeline.fingerprint(a)));
        }
        clock.stage("dedup", pairs.size());

        int stories = pipeline.cluster(articles, false).size();
        clock.stage("cluster", stories);

        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                w.write(JsonReport.line(JsonReport.article(a, null)));
                w.write('\n');
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("duplicates.jsonl"), StandardCharsets.UTF_8)) {
            for (NearDuplicate p : pairs) {
                // as the job writes them, less its connected-component group
                w.write(JsonReport.line(JsonNodeFactory.instance.objectNode().put("articleId", p.articleId())
                        .put("earlierId", p.earlierId()).put("jaccard", p.jaccard()).put("exact", p.exact())));
                w.write('\n');
            }
        }
        clock.stage("write", articles.size() + pairs.size());
        clock.total();
    }

    /** Wall and process CPU seconds of each stage since the one before. */
    private static final class Clock {
        private final long startWall = System.nanoTime();
        private final double startCpu = cpu();
        private long wall = startWall;
        private double cpuAt = startCpu;

        void stage(String name, long records) {
            long now = System.nanoTime();
            double c = cpu();
            System.out.printf(Locale.ROOT, "  stage %-8s %8.1f s  cpu %8.1f s  (%d records)%n", name, (now - wall) / 1e9, c - cpuAt, records);
            wall = now;
            cpuAt = c;
        }

        void total() {
            System.out.printf(Locale.ROOT, "  stages   %8.1f s  cpu %8.1f s%n", (System.nanoTime() - startWall) / 1e9, cpu() - startCpu);
        }

        private static double cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        }
    }
}
