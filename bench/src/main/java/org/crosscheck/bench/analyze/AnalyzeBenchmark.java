package org.crosscheck.bench.analyze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.bench.corpus.GeneratedArticle;
import org.crosscheck.bench.corpus.NewsStream;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;

/**
 * Analysis throughput ({@code bench/analyze}, issue 18): articles a second for the whole analysis
 * (clustering, provenance, claims, alignment, report) of {@code Pipeline.analyze}, with every story
 * analysed (the anchor) and with one-article stories deferred (analyze's default), on the first
 * articles of the seeded news stream (two paragraphs each) and on the first ECB+ articles. Each run
 * gets a fresh pipeline after a warm-up run, so no annotation cache carries over; the reports of
 * the stories of two or more articles are compared between the two runs.
 *   AnalyzeBenchmark streamArticles ecbplusDir ecbArticles [seed [full-only LABEL]]
 * With {@code full-only}, only the anchor runs, labelled LABEL, through {@code Pipeline.analyze(articles,
 * progress)} alone: so the same class measures an older build of the core put on the classpath.
 * With the system property {@code analyze.stories} (a folder), each run also writes the stories of
 * two or more articles of its report, one JSON line each in story order, to
 * {@code <folder>/<mode>-<input>.jsonl}: the lines of two builds are compared with {@code cmp}.
 */
public final class AnalyzeBenchmark {

    private AnalyzeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int streamArticles = Integer.parseInt(args[0]);
        Path ecb = Path.of(args[1]);
        int ecbArticles = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        String fullOnly = args.length > 5 && args[4].equals("full-only") ? args[5] : null;
        List<Article> stream = stream(seed, streamArticles);
        warmUp(stream.subList(0, Math.min(20, stream.size())));
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %10s %9s %12s %8s %16s %8s%n", "input", "articles", "stories",
                "one-article", "mode", "articles/s", "seconds", "articles/CPU-s", "CPU-s");
        Map<String, List<Article>> inputs = new java.util.LinkedHashMap<>();
        inputs.put("news stream, 2 paragraphs", stream);
        if (ecbArticles > 0 && Files.isDirectory(ecb)) {
            inputs.put("ECB+", EcbPlusCorpus.read(ecb).stream().limit(ecbArticles).map(d -> d.article(true)).toList());
        }
        inputs.forEach((name, articles) -> {
            if (fullOnly != null) {
                Run anchor = run(articles, false);
                print(name, articles, anchor, fullOnly, anchor.report);
            } else {
                compare(name, articles);
            }
        });
    }

    private static List<Article> stream(long seed, int count) {
        List<Article> out = new ArrayList<>(count);
        NewsStream stream = new NewsStream(seed, 5_000, count);
        while (stream.hasNext()) {
            GeneratedArticle a = stream.next();
            String[] paragraphs = a.text().split("\n\n");
            String text = paragraphs.length <= 2 ? a.text() : paragraphs[0] + "\n\n" + paragraphs[1];
            out.add(new Article(a.id(), a.id(), null, a.title(), null, PartialDate.parseIso(a.published()).orElse(null),
                    a.site(), "en", text));
        }
        return out;
    }

    private static void warmUp(List<Article> articles) {
        new Pipeline(PipelineSettings.defaults()).analyze(articles, Progress.NONE);
    }

    private static void compare(String name, List<Article> articles) {
        Run full = run(articles, false);
        Run deferred = run(articles, true);
        print(name, articles, full, "full", full.report);
        print(name, articles, deferred, "deferred", full.report);
        Map<String, String> fullStories = new HashMap<>();
        full.report.stories().stream().filter(s -> s.articleIds().size() > 1)
                .forEach(s -> fullStories.put(String.join(",", s.articleIds()), JsonReport.story(s).toString()));
        int same = 0;
        int multi = 0;
        for (StoryReport s : deferred.report.stories()) {
            if (s.articleIds().size() > 1) {
                multi++;
                if (JsonReport.story(s).toString().equals(fullStories.get(String.join(",", s.articleIds())))) {
                    same++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-28s speed-up %.2fx wall, %.2fx CPU; stories of two or more articles reported the same: %d of %d%n",
                name, full.seconds / deferred.seconds, full.cpuSeconds / deferred.cpuSeconds, same, multi);
    }

    private static void print(String name, List<Article> articles, Run r, String mode, Report full) {
        writeMultiArticleStories(name, mode, r.report);
        long singles = full.stories().stream().filter(s -> s.articleIds().size() == 1).count();
        System.out.printf(Locale.ROOT, "%-28s %8d %8d %10.0f%% %9s %12.2f %8.1f %16.2f %8.1f%n", name, articles.size(),
                r.report.stories().size(), 100.0 * singles / Math.max(1, full.stories().size()), mode,
                articles.size() / r.seconds, r.seconds, articles.size() / r.cpuSeconds, r.cpuSeconds);
    }

    /** Writes the report's stories of two or more articles where {@code analyze.stories} names a folder. */
    private static void writeMultiArticleStories(String input, String mode, Report report) {
        String folder = System.getProperty("analyze.stories");
        if (folder == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        report.stories().stream().filter(s -> s.articleIds().size() > 1)
                .forEach(s -> lines.append(JsonReport.story(s)).append('\n'));
        Path file = Path.of(folder, mode + "-" + input.replaceAll("[^A-Za-z0-9+]+", "-") + ".jsonl");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A run's report, wall seconds and CPU seconds of the whole process (the box may be shared: CPU time is the steadier). */
    private record Run(Report report, double seconds, double cpuSeconds) {
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static Run run(List<Article> articles, boolean deferSingles) {
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        double cpu = cpuSeconds();
        long start = System.nanoTime();
        Report report = deferSingles ? pipeline.analyze(articles, Progress.NONE, true) : pipeline.analyze(articles, Progress.NONE);
        return new Run(report, (System.nanoTime() - start) / 1e9, cpuSeconds() - cpu);
    }
}
