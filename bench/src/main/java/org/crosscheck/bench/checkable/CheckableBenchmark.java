package org.crosscheck.bench.checkable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.crosscheck.bench.fit.LogisticFit;
import org.crosscheck.claims.CheckableFeatures;
import org.crosscheck.claims.CheckableJudge;
import org.crosscheck.claims.ClaimSentenceFilter;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;

/**
 * Checkable-claims benchmark (issue 16): on sentences of real pages judged checkable or not by
 * reading ({@code checkable-judgments.tsv}), the share of claims a reader would call checkable and
 * the recall of checkable sentences kept, for every sentence a claim (the old behaviour), the
 * claim-form rules alone, and the rules with {@link CheckableJudge}: fitted on every sentence, and
 * held out by folds that keep whole pages out of fitting. With {@code --fit} it prints a fresh
 * {@code checkable-judge.properties}.
 */
public final class CheckableBenchmark {

    static final String JUDGMENTS = "checkable-judgments.tsv";
    static final int FOLDS = 5;
    static final long SEED = 16;
    static final double L2 = Double.parseDouble(System.getProperty("l2", "1.0"));
    /**
     * The share of checkable sentences the threshold keeps on out-of-fold probabilities: losing a
     * checkable claim costs a reader more than keeping a sentence of commentary among the claims.
     */
    static final double RECALL_TARGET = Double.parseDouble(System.getProperty("recall", "0.94"));

    /** One judged sentence with its page, annotation and features. */
    record Judged(String file, String sentence, boolean checkable, String reason, AnnotatedSentence annotated, double[] x) {
    }

    /** Fitted weights with their threshold. */
    record Fitted(LogisticFit fit, double threshold) {
        CheckableJudge judge() {
            return new CheckableJudge(fit.weights(), fit.bias(), threshold);
        }
    }

    private CheckableBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean fit = false;
        boolean verbose = false;
        for (String a : args) {
            switch (a) {
                case "--fit" -> fit = true;
                case "--verbose" -> verbose = true;
                case "--probe" -> {
                    probe();
                    return;
                }
                default -> {
                    System.err.println("usage: CheckableBenchmark [--fit] [--verbose] [--probe < sentences]");
                    System.exit(2);
                }
            }
        }
        List<Judged> rows = read();
        double[][] x = rows.stream().map(Judged::x).toArray(double[][]::new);
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).checkable();
        }
        Fitted all = judge(x, y, groups(rows), SEED);
        if (fit) {
            System.out.print(properties(all, rows.size(), (int) rows.stream().map(Judged::file).distinct().count()));
            return;
        }
        int[] fold = folds(rows, FOLDS, SEED);
        boolean[] heldOut = new boolean[rows.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    train.add(i);
                }
            }
            CheckableJudge j = judge(pick(x, train), pick(y, train), pick(groups(rows), train), SEED + f + 1).judge();
            ClaimSentenceFilter filter = ClaimSentenceFilter.withJudge(j);
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == f) {
                    heldOut[i] = filter.isClaim(rows.get(i).annotated());
                }
            }
        }
        ClaimSentenceFilter fitted = ClaimSentenceFilter.withJudge(all.judge());
        boolean[] every = new boolean[rows.size()];
        boolean[] rules = new boolean[rows.size()];
        boolean[] fittedKept = new boolean[rows.size()];
        boolean[] shipped = new boolean[rows.size()];
        ClaimSentenceFilter shippedFilter = ClaimSentenceFilter.withJudge(CheckableJudge.defaults());
        for (int i = 0; i < rows.size(); i++) {
            every[i] = true;
            rules[i] = fitted.hasClaimForm(rows.get(i).annotated());
            fittedKept[i] = fitted.isClaim(rows.get(i).annotated());
            shipped[i] = shippedFilter.isClaim(rows.get(i).annotated());
        }
        int positives = 0;
        for (boolean g : y) {
            positives += g ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "checkable claims: %d judged sentences of %d pages, %d checkable (%s)%n",
                rows.size(), rows.stream().map(Judged::file).distinct().count(), positives, JUDGMENTS);
        line("every sentence a claim (before)", every, y);
        line("claim-form rules alone", rules, y);
        line("rules + judge, fitted on all (shipped weights)", shipped, y);
        line("rules + judge, refitted on all", fittedKept, y);
        line("rules + judge, held out (" + FOLDS + " folds by page)", heldOut, y);
        if (verbose) {
            for (int i = 0; i < rows.size(); i++) {
                if (heldOut[i] != y[i]) {
                    System.err.printf(Locale.ROOT, "%s held-out %s, judged %s: %s%n", rows.get(i).file(),
                            heldOut[i] ? "claim" : "not", y[i] ? "checkable" : "not", rows.get(i).sentence());
                }
            }
        }
    }

    /** The shipped judge's probability and features of each sentence read from standard input, one a line. */
    private static void probe() throws IOException {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        CheckableFeatures features = CheckableFeatures.defaults();
        CheckableJudge judge = CheckableJudge.defaults();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            for (AnnotatedSentence s : annotator.annotate(line, null)) {
                double[] x = features.of(s);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < x.length; i++) {
                    if (x[i] != 0) {
                        b.append(' ').append(CheckableFeatures.NAMES.get(i)).append('=').append(String.format(Locale.ROOT, "%.2f", x[i]));
                    }
                }
                System.out.printf(Locale.ROOT, "%.3f %s |%s%n", judge.probability(s), s.text(), b);
            }
        }
    }

    private static void line(String system, boolean[] kept, boolean[] gold) {
        int claims = 0;
        int good = 0;
        int positives = 0;
        for (int i = 0; i < gold.length; i++) {
            claims += kept[i] ? 1 : 0;
            good += kept[i] && gold[i] ? 1 : 0;
            positives += gold[i] ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%-50s | claims %3d | checkable share %.3f | recall of checkable %.3f%n",
                system, claims, claims == 0 ? 0 : (double) good / claims, positives == 0 ? 0 : (double) good / positives);
    }

    /**
     * Weights on the given rows; the threshold is the highest that keeps {@link #RECALL_TARGET} of the
     * checkable rows on their out-of-fold probabilities (folds by page).
     */
    static Fitted judge(double[][] x, boolean[] y, String[] group, long seed) {
        LogisticFit fit = LogisticFit.fit(x, y, L2);
        int[] fold = folds(group, FOLDS, seed);
        double[] p = new double[x.length];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (fold[i] != f) {
                    train.add(i);
                }
            }
            LogisticFit inner = LogisticFit.fit(pick(x, train), pick(y, train), L2);
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    p[i] = inner.probability(x[i]);
                }
            }
        }
        return new Fitted(fit, thresholdForRecall(p, y, RECALL_TARGET));
    }

    /** The highest threshold at which at least {@code target} of the positive rows score at or above it. */
    static double thresholdForRecall(double[] p, boolean[] y, double target) {
        List<Double> positives = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (y[i]) {
                positives.add(p[i]);
            }
        }
        Collections.sort(positives);
        int drop = (int) Math.floor((1 - target) * positives.size() + 1e-9);
        return positives.isEmpty() ? 0.5 : positives.get(Math.min(drop, positives.size() - 1));
    }

    private static String[] groups(List<Judged> rows) {
        return rows.stream().map(Judged::file).toArray(String[]::new);
    }

    static int[] folds(List<Judged> rows, int folds, long seed) {
        return folds(groups(rows), folds, seed);
    }

    /** Pages dealt to folds in a seeded order; every sentence goes with its page. */
    static int[] folds(String[] group, int folds, long seed) {
        List<String> pages = new ArrayList<>(new java.util.TreeSet<>(List.of(group)));
        Collections.shuffle(pages, new Random(seed));
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (int k = 0; k < pages.size(); k++) {
            foldOf.put(pages.get(k), k % folds);
        }
        int[] out = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            out[i] = foldOf.get(group[i]);
        }
        return out;
    }

    private static double[][] pick(double[][] x, List<Integer> idx) {
        return idx.stream().map(i -> x[i]).toArray(double[][]::new);
    }

    private static boolean[] pick(boolean[] y, List<Integer> idx) {
        boolean[] out = new boolean[idx.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = y[idx.get(k)];
        }
        return out;
    }

    private static String[] pick(String[] g, List<Integer> idx) {
        return idx.stream().map(i -> g[i]).toArray(String[]::new);
    }

    /** The judged sentences, each annotated alone (its longest CoreNLP sentence when it splits). */
    static List<Judged> read() throws IOException {
        String text;
        try (InputStream in = CheckableBenchmark.class.getResourceAsStream(JUDGMENTS)) {
            if (in == null) {
                throw new IOException("no resource " + JUDGMENTS);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        CheckableFeatures features = CheckableFeatures.defaults();
        List<Judged> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IOException("bad judgment line: " + line);
            }
            boolean checkable = switch (f[2]) {
                case "checkable" -> true;
                case "not" -> false;
                default -> throw new IOException("bad verdict " + f[2] + " in: " + line);
            };
            AnnotatedSentence s = annotator.annotate(f[1], null).stream()
                    .max(Comparator.comparingLong(AnnotatedSentence::wordCount)).orElseThrow();
            out.add(new Judged(f[0], f[1], checkable, f[3], s, features.of(s)));
        }
        return out;
    }

    static String properties(Fitted judge, int sentences, int pages) {
        StringBuilder b = new StringBuilder();
        b.append("# Checkable judge (CheckableJudge): logistic regression over the CheckableFeatures of one sentence.\n");
        b.append("# Fitted by `bench/checkable --fit` (CheckableBenchmark) on bench's checkable-judgments.tsv (")
                .append(sentences).append(" sentences\n# of ").append(pages)
                .append(" pages of extraction-dev and ECB+, judged checkable or not by reading): Newton's method with an L2\n# penalty of ")
                .append(L2).append(" on the weights. The threshold is the highest that keeps ").append(RECALL_TARGET)
                .append(" of the checkable sentences\n# on the out-of-fold probabilities of a ")
                .append(FOLDS).append("-fold cross-validation whose folds keep whole pages out (seed ").append(SEED).append(").\n");
        b.append("# bench/checkable prints the checkable share and recall, fitted and held out by page.\n");
        b.append("# Features lie in [0, 1]; a positive weight is evidence that a sentence is checkable.\n");
        b.append(String.format(Locale.ROOT, "bias=%.6f%n", judge.fit().bias()));
        b.append(String.format(Locale.ROOT, "threshold=%.6f%n", judge.threshold()));
        for (int i = 0; i < CheckableFeatures.NAMES.size(); i++) {
            b.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", CheckableFeatures.NAMES.get(i), judge.fit().weights()[i]));
        }
        return b.toString();
    }
}
