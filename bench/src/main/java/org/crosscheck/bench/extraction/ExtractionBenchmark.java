package org.crosscheck.bench.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.bench.extraction.BenchmarkPages.Page;
import org.crosscheck.bench.extraction.ExtractionMetric.PageScore;
import org.crosscheck.bench.extraction.ExtractionMetric.Summary;

/**
 * Extraction benchmark: every system extracts every page of a split, on one thread; one line per
 * system with F1 ± (seeded bootstrap), precision, recall, accuracy and pages per second (median of
 * the timed passes after an untimed warm-up pass, whose output is the scored prediction; the JVM
 * systems' timed passes run in rotating rounds, timed by wall clock and by this thread's CPU time).
 * Predictions go to {@code <out>/<system>.json} in the benchmark's prediction format.
 *
 * <p>Usage: {@code ExtractionBenchmark <dataDir> <outDir> <nodeDir> [timedPasses]}; run it through
 * {@code bench/extraction}.
 */
public final class ExtractionBenchmark {

    private static final int WORST = 10;

    private final ExtractionMetric metric = new ExtractionMetric();
    private final List<Page> pages;
    private final Path dataDir;
    private final Path outDir;

    private ExtractionBenchmark(List<Page> pages, Path dataDir, Path outDir) {
        this.pages = pages;
        this.dataDir = dataDir;
        this.outDir = outDir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ExtractionBenchmark <dataDir> <outDir> <nodeDir> [timedPasses]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path node = Path.of(args[2]);
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Files.createDirectories(out);
        List<Page> pages = BenchmarkPages.read(data);
        System.out.printf(Locale.ROOT, "%d pages from %s; one thread; 1 warm-up + %d timed passes (median; "
                + "pages/s by wall clock, cpu p/s by this thread's CPU time); "
                + "F1 spread: bootstrap, %d resamples, seed %d%n", pages.size(), data, passes,
                ExtractionMetric.RESAMPLES, ExtractionMetric.SEED);
        System.out.printf(Locale.ROOT, "%-52s %-13s %6s %6s %6s %9s %9s %s%n", "system", "F1 ±", "P", "R", "acc",
                "pages/s", "cpu p/s", "failed");
        new ExtractionBenchmark(pages, data, out).runAll(node, passes);
    }

    private void runAll(Path nodeDir, int passes) throws IOException {
        List<JvmSystems.System> systems = JvmSystems.all();
        List<Map<String, String>> predictions = new ArrayList<>();
        int[] failed = new int[systems.size()];
        for (int i = 0; i < systems.size(); i++) { // warm-up pass per system: its output is scored
            Map<String, String> out = new HashMap<>();
            for (Page page : pages) {
                try {
                    out.put(page.id(), systems.get(i).extract(page));
                } catch (Exception | StackOverflowError e) {
                    out.put(page.id(), "");
                    failed[i]++;
                }
            }
            predictions.add(out);
        }
        // timed passes in rounds, the order rotated each round, so load from other processes on a
        // shared machine falls on every system alike; wall time and this thread's CPU time
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<Double>> wall = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        systems.forEach(s -> {
            wall.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        });
        for (int round = 0; round < passes; round++) {
            for (int k = 0; k < systems.size(); k++) {
                int i = (k + round) % systems.size();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                for (Page page : pages) {
                    try {
                        systems.get(i).extract(page);
                    } catch (Exception | StackOverflowError e) {
                        // counted in the warm-up pass
                    }
                }
                wall.get(i).add((System.nanoTime() - start) / 1e9);
                cpu.get(i).add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            }
        }
        for (int i = 0; i < systems.size(); i++) {
            report(systems.get(i).name(), predictions.get(i), failed[i], wall.get(i), cpu.get(i));
        }
        try {
            NodeReadability.Result r = NodeReadability.run(nodeDir, dataDir, outDir.resolve("node-raw.json"), passes);
            Map<String, String> node = new HashMap<>();
            r.predictions().forEach((id, text) -> node.put(id, JvmSystems.normaliseWhitespace(text)));
            report(r.name(), node, r.failed(), r.passSeconds(), List.of());
        } catch (NodeReadability.Skipped e) {
            System.out.println("Readability.js (Node): skipped: " + e.getMessage());
        }
        worst(systems.get(0).name(), predictions.get(0));
    }

    private void report(String name, Map<String, String> predictions, int failed, List<Double> seconds,
                        List<Double> cpuSeconds) throws IOException {
        List<PageScore> scores = pages.stream().map(p -> metric.page(p.truth(), predictions.getOrDefault(p.id(), "")))
                .toList();
        Summary s = metric.summarise(scores);
        String cpuRate = cpuSeconds.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", pages.size() / median(cpuSeconds));
        System.out.printf(Locale.ROOT, "%-52s %.3f ±%.3f  %.3f  %.3f  %.3f %9.1f %9s %d%n", name, s.f1(), s.f1Spread(),
                s.precision(), s.recall(), s.accuracy(), pages.size() / median(seconds), cpuRate, failed);
        write(name, predictions);
    }

    /** The prediction file: {@code {id: {"articleBody": text}}} with the split's keys, in its order. */
    private void write(String name, Map<String, String> predictions) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        pages.forEach(p -> root.putObject(p.id()).put("articleBody", predictions.getOrDefault(p.id(), "")));
        String file = name.toLowerCase(Locale.ROOT).replaceAll(" \\(.*", "").replaceAll("[^a-z0-9.]+", "-") + ".json";
        json.writeValue(outDir.resolve(file).toFile(), root);
    }

    private void worst(String name, Map<String, String> predictions) {
        System.out.println();
        System.out.println("worst " + WORST + " " + name + " pages by per-page F1 (id, F1, P, R, predicted/true tokens, url):");
        pages.stream()
                .map(p -> Map.entry(p, metric.page(p.truth(), predictions.getOrDefault(p.id(), ""))))
                .sorted(Comparator.comparingDouble(e -> e.getValue().f1()))
                .limit(WORST)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %s  %.3f  %.3f  %.3f  %5d/%-5d %s%n", e.getKey().id(),
                        e.getValue().f1(), nan0(e.getValue().precision()), nan0(e.getValue().recall()),
                        ExtractionMetric.tokens(predictions.getOrDefault(e.getKey().id(), "")).size(),
                        ExtractionMetric.tokens(e.getKey().truth()).size(), e.getKey().url()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
