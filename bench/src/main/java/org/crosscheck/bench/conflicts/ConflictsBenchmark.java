package org.crosscheck.bench.conflicts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.bench.corpus.ConflictCases;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;

/**
 * The conflicts benchmark (issue 5): article pairs generated from ECB+ by {@link ConflictCases}
 * (one planted conflict of a known kind, or a harmless rewrite) go through the path of
 * {@code analyze} ({@link Pipeline#analyze}: clustering, provenance, claims, alignment, report),
 * and the conflicts of the report are scored by {@link ConflictScore} per kind; the
 * lexical-difference baseline ({@link ConflictLexicalBaseline}) is scored on the same pairs in
 * the same run. Prints one line per kind and system, an overall line per system, the target line
 * and the run time.
 */
public final class ConflictsBenchmark {

    static final double TARGET_PRECISION = 0.95;
    static final double TARGET_RECALL = 0.85;
    private static final List<String> KINDS = List.of("date", "number", "person", "place", "negation", "action");

    private ConflictsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ConflictsBenchmark ECBPLUS_DIR [--seed N] [--cases N] [--harmless N] [--max-sentences N] [--rewritten] [--verbose]");
            System.exit(2);
        }
        Path ecb = Path.of(args[0]);
        long seed = 1;
        int perKind = 40;
        int harmless = -1;
        int maxSentences = 10;
        boolean verbose = false;
        boolean rewritten = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--cases" -> perKind = Integer.parseInt(args[++i]);
                case "--harmless" -> harmless = Integer.parseInt(args[++i]);
                case "--max-sentences" -> maxSentences = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                case "--rewritten" -> rewritten = true;
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (harmless < 0) {
            harmless = 2 * perKind;
        }
        long t0 = System.nanoTime();
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(ecb);
        ConflictCases.Generated generated = new ConflictCases(seed, new CoreNlpAnnotator(), new WordNetLexicon(), maxSentences, rewritten)
                .generate(docs, perKind, harmless);
        List<ConflictCases.Case> cases = generated.cases();
        long t1 = System.nanoTime();

        ConflictScore system = new ConflictScore(KINDS);
        ConflictScore baseline = new ConflictScore(KINDS);
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        ConflictLexicalBaseline lexical = new ConflictLexicalBaseline();
        List<Double> trueConfidence = new ArrayList<>();
        List<Double> falseConfidence = new ArrayList<>();
        int split = 0;
        long pipelineNanos = 0;
        long baselineNanos = 0;
        for (ConflictCases.Case c : cases) {
            ConflictScore.Gold gold = new ConflictScore.Gold(c.kind() == null ? null : c.kind().reported,
                    c.source().id(), c.sourceSentence(), c.derived().id(), c.derivedSentence());
            long p0 = System.nanoTime();
            Report report = pipeline.analyze(List.of(c.source(), c.derived()), Progress.NONE);
            pipelineNanos += System.nanoTime() - p0;
            if (report.stories().size() > 1) {
                split++;
            }
            List<ConflictScore.Reported> reported = new ArrayList<>();
            List<Double> confidence = new ArrayList<>();
            for (StoryReport story : report.stories()) {
                for (Conflict conflict : story.conflicts()) {
                    reported.add(reported(conflict));
                    confidence.add(conflict.confidence());
                }
            }
            boolean[] found = system.add(gold, reported);
            for (int k = 0; k < found.length; k++) {
                (found[k] ? trueConfidence : falseConfidence).add(confidence.get(k));
            }
            if (verbose) {
                System.err.printf(Locale.ROOT, "%s %s%n  source:  %s%n  derived: %s%n", c.id(), c.recipe(),
                        c.sourceSentence(), c.derivedSentence());
                reported.forEach(r -> System.err.println("  reported " + r));
            }
            long b0 = System.nanoTime();
            List<ConflictScore.Reported> lexicalConflicts = lexical.conflicts(c.source().id(), c.source().text(),
                    c.derived().id(), c.derived().text());
            baselineNanos += System.nanoTime() - b0;
            baseline.add(gold, lexicalConflicts);
        }
        long t2 = System.nanoTime();

        long planted = cases.stream().filter(c -> c.kind() != null).count();
        System.out.printf(Locale.ROOT, "conflicts benchmark: ECB+ %d articles read, seed %d, %d pairs (%d planted conflicts,"
                        + " %d harmless rewrites), at most %d sentences an article%s; articles without a slot, skipped per kind: %s%n",
                docs.size(), seed, cases.size(), planted, cases.size() - planted, maxSentences,
                rewritten ? ", conflict copies rewritten (synonyms, reordered)" : "", skips(generated.skipped()));
        print("crosscheck", system);
        confidenceLines(trueConfidence, falseConfidence);
        print("lexical-baseline", baseline);
        ConflictScore.Tally o = system.overall();
        boolean pass = o.precision() >= TARGET_PRECISION && o.recall() >= TARGET_RECALL;
        System.out.printf(Locale.ROOT, "target: precision >= %.2f and recall >= %.2f overall: crosscheck P %.3f R %.3f %s%n",
                TARGET_PRECISION, TARGET_RECALL, o.precision(), o.recall(), pass ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "time: generation %.1f s; crosscheck analyze %.1f s for %d pairs (%.2f pairs/s, %d pairs"
                        + " split into two stories); baseline %.3f s; wall %.1f s%n",
                (t1 - t0) / 1e9, pipelineNanos / 1e9, cases.size(), cases.size() / (pipelineNanos / 1e9), split,
                baselineNanos / 1e9, (t2 - t0) / 1e9);
    }

    private static ConflictScore.Reported reported(Conflict conflict) {
        List<ConflictScore.Side> sides = new ArrayList<>();
        for (ConflictSide side : conflict.sides()) {
            for (String article : side.articleIds()) {
                sides.add(new ConflictScore.Side(article, side.sentences()));
            }
        }
        return new ConflictScore.Reported(conflict.kind().jsonName(), sides);
    }

    private static void print(String name, ConflictScore score) {
        for (String kind : score.kinds()) {
            ConflictScore.Tally t = score.kind(kind);
            System.out.printf(Locale.ROOT, "%-16s %-8s planted %3d found %3d false+ %3d P %.3f R %.3f%n",
                    name, kind, t.planted, t.found, t.falsePositives, t.precision(), t.recall());
        }
        ConflictScore.Tally o = score.overall();
        System.out.printf(Locale.ROOT, "%-16s %-8s planted %3d found %3d false+ %3d P %.3f R %.3f"
                        + " (false+: %d on harmless pairs, %d of another kind on the planted sentence, %d off it)%n",
                name, "overall", o.planted, o.found, o.falsePositives, o.precision(), o.recall(),
                score.onHarmless, score.wrongKind, score.offSentence);
    }

    /**
     * How the conflicts' confidence separates the reports that found a planted conflict from the
     * false ones: the mean of each, the AUC (the chance that a true report outranks a false one,
     * ties counting half) and the precision and share of true reports kept at a few cut-offs.
     */
    private static void confidenceLines(List<Double> right, List<Double> wrong) {
        double pairs = 0;
        for (double t : right) {
            for (double f : wrong) {
                pairs += t > f ? 1 : t == f ? 0.5 : 0;
            }
        }
        double auc = right.isEmpty() || wrong.isEmpty() ? Double.NaN : pairs / ((double) right.size() * wrong.size());
        System.out.printf(Locale.ROOT, "crosscheck       confidence: true reports %d mean %.3f, false reports %d mean %.3f, AUC %.3f%n",
                right.size(), mean(right), wrong.size(), mean(wrong), auc);
        for (double cut : new double[] {0.5, 0.6, 0.7}) {
            long t = right.stream().filter(c -> c >= cut).count();
            long f = wrong.stream().filter(c -> c >= cut).count();
            System.out.printf(Locale.ROOT, "crosscheck       --min-confidence %.1f: kept %d true, %d false (P %.3f, %.3f of true reports kept)%n",
                    cut, t, f, t + f == 0 ? 1.0 : (double) t / (t + f), right.isEmpty() ? 0 : (double) t / right.size());
        }
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String skips(Map<ConflictCases.Kind, Integer> skipped) {
        List<String> out = new ArrayList<>();
        skipped.forEach((k, n) -> out.add(k.reported + " " + n));
        return String.join(", ", out);
    }
}
