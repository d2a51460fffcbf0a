package org.crosscheck.bench.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.bench.corpus.SummEditsCorpus;
import org.crosscheck.verify.Verdict;
import org.crosscheck.verify.VerifyFeature;
import org.crosscheck.verify.VerifyFeatures;

/**
 * The verify benchmark's measurements saved to a tab-separated file, so that the model can be
 * refitted without verifying every sample again: one line a sentence (sample id, the rule-based
 * verdict on the sample and on the sentence, the sentence, its feature values).
 */
final class FeatureCache {

    private FeatureCache() {
    }

    static void write(Path file, List<VerifyBenchmark.Judged> judged) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# features: " + String.join(" ", java.util.Arrays.stream(VerifyFeature.values()).map(Enum::name).toList()));
        for (VerifyBenchmark.Judged j : judged) {
            for (int i = 0; i < j.sentences().size(); i++) {
                StringBuilder line = new StringBuilder(j.sample().id()).append('\t').append(j.rules().name()).append('\t')
                        .append(j.sentenceRules().get(i).name()).append('\t').append(j.sentences().get(i).replaceAll("\\s+", " "));
                for (double v : j.example().sentences().get(i).values()) {
                    line.append('\t').append(String.format(Locale.ROOT, "%.17g", v));
                }
                lines.add(line.toString());
            }
        }
        Files.write(file, lines);
    }

    /** The measurements of {@code samples} read back; fails when the file was written with other features or lacks a sample. */
    static List<VerifyBenchmark.Judged> read(Path file, List<SummEditsCorpus.Sample> samples) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String header = "# features: " + String.join(" ", java.util.Arrays.stream(VerifyFeature.values()).map(Enum::name).toList());
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IOException(file + " was written with other features; run without --reuse-features");
        }
        Map<String, List<String[]>> bySample = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            bySample.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        List<VerifyBenchmark.Judged> out = new ArrayList<>();
        for (SummEditsCorpus.Sample s : samples) {
            List<String[]> rows = bySample.get(s.id());
            if (rows == null) {
                throw new IOException(file + " has no measurement of sample " + s.id() + "; run without --reuse-features");
            }
            List<String> texts = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            List<VerifyFeatures> features = new ArrayList<>();
            Verdict rules = Verdict.SUPPORTED;
            for (String[] f : rows) {
                rules = Verdict.valueOf(f[1]);
                verdicts.add(Verdict.valueOf(f[2]));
                texts.add(f[3]);
                double[] v = new double[VerifyFeature.values().length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.parseDouble(f[4 + i]);
                }
                features.add(new VerifyFeatures(v));
            }
            out.add(VerifyBenchmark.Judged.of(s, rules, texts, verdicts, features));
        }
        return out;
    }
}
