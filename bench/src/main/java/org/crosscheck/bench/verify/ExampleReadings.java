package org.crosscheck.bench.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.verify.StatementVerifier;
import org.crosscheck.verify.Verdict;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyResult;

/**
 * Statements checked against the bundled example articles and judged by hand
 * ({@code example-readings.tsv}): how many a verifier judges as the reader did. Kept as
 * data so that each run measures the readings, not only the benchmark's scores.
 */
final class ExampleReadings {

    private static final String FILE = "/org/crosscheck/bench/verify/example-readings.tsv";

    /** One hand judgement: a statement about the articles of {@code story} ("." for all). */
    record Reading(String story, boolean supported, String statement, String why) {
    }

    private ExampleReadings() {
    }

    static List<Reading> readings() {
        List<Reading> out = new ArrayList<>();
        try (InputStream in = ExampleReadings.class.getResourceAsStream(FILE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || !(f[1].equals("supported") || f[1].equals("not-supported"))) {
                    throw new IllegalStateException(FILE + ": bad line: " + line);
                }
                out.add(new Reading(f[0], f[1].equals("supported"), f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The summary line: agreement with the readings, then each disagreement with its verdict and score. */
    static String line(Path examples, StatementVerifier verifier) {
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        Map<String, List<Article>> byStory = new LinkedHashMap<>();
        List<Reading> readings = readings();
        int agree = 0;
        StringBuilder misses = new StringBuilder();
        for (Reading reading : readings) {
            List<Article> sources = byStory.computeIfAbsent(reading.story(), s -> articles(pipeline, examples.resolve(s)));
            VerifyResult result = verifier.verify(new VerifyJob("reading", reading.statement(), sources));
            boolean supported = result.verdict() == Verdict.SUPPORTED;
            if (supported == reading.supported()) {
                agree++;
            } else {
                double score = result.sentences().stream().mapToDouble(s -> s.score()).min().orElse(1);
                misses.append(String.format(Locale.ROOT, "%n  judged %s, verifier %s (%.2f): %s [%s]",
                        reading.supported() ? "supported" : "not supported", result.verdict().name().toLowerCase(Locale.ROOT),
                        score, reading.statement(), reading.why()));
            }
        }
        return String.format(Locale.ROOT, "example readings (%d statements judged by hand against examples/) | the fitted model agrees on %d of %d",
                readings.size(), agree, readings.size()) + misses;
    }

    /** The articles of a folder of examples; an input that cannot be read is named on standard error. */
    private static List<Article> articles(Pipeline pipeline, Path folder) {
        List<Article> out = new ArrayList<>();
        pipeline.extract(List.of(folder.toString()), InputStream.nullInputStream(), ArticleSink.of(out::add,
                skipped -> System.err.println("example readings: skipped " + skipped.source() + ": " + skipped.reason())));
        return out;
    }
}
