package org.crosscheck.bench.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.bench.corpus.SummEditsCorpus;
import org.crosscheck.bench.metric.BalancedAccuracy;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.verify.SentenceVerdict;
import org.crosscheck.verify.StatementVerifier;
import org.crosscheck.verify.Verdict;
import org.crosscheck.verify.VerifyFeature;
import org.crosscheck.verify.VerifyFeatures;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyModel;
import org.crosscheck.verify.VerifyResult;
import org.crosscheck.verify.VerifySettings;
import org.crosscheck.align.AlignmentSettings;

/**
 * SummEdits news: each edited summary is verified against its article; "supported" counts as
 * consistent, "conflicting" or "unsupported" as inconsistent, scored by balanced accuracy. The
 * articles whose {@code sha256("crosscheck-locked:" + id)} sorts first ({@link LockedSplit}) are
 * locked away: never used for training or thresholds. Prints in one run the rule-based verifier
 * (the baseline), the learned model by leave-one-article-out on the other articles (each
 * article's samples judged by a model fitted and thresholded without them), the model fitted on
 * all of them scored on the locked articles, the gap, and the anchor heuristic.
 * <p>
 * Arguments: {@code DIR [--limit N] [--verbose] [--train] [--model-out FILE] [--locked N]}.
 * {@code --train} writes the model fitted on the non-locked articles to {@code --model-out}.
 */
public final class VerifyBenchmark {

    /** Articles in the locked split. */
    static final int LOCKED_ARTICLES = 4;
    /** ECB+ articles from which training pairs are generated (two consistent, two inconsistent each). */
    static final int GENERATED_ARTICLES = 100;

    private VerifyBenchmark() {
    }

    /** One sample, the rule-based verifier's verdicts on it and on each sentence, and its sentences' features. */
    record Judged(SummEditsCorpus.Sample sample, Verdict rules, List<String> sentences, List<Verdict> sentenceRules,
                  VerifyModelFit.Example example) {

        static Judged of(SummEditsCorpus.Sample s, Verdict rules, List<String> sentences, List<Verdict> sentenceRules,
                         List<VerifyFeatures> features) {
            return new Judged(s, rules, sentences, sentenceRules, new VerifyModelFit.Example(s.docId(), features,
                    sentences.stream().map(s::sentenceConsistent).toList(), s.consistent()));
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int limit = Integer.MAX_VALUE;
        boolean verbose = false;
        boolean train = false;
        int lockedCount = LOCKED_ARTICLES;
        Path modelOut = null;
        Path features = null;
        boolean reuse = false;
        long seed = 17;
        Path ecbplus = null;
        Path examples = null;
        int generatedArticles = GENERATED_ARTICLES;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                case "--examples" -> examples = Path.of(args[++i]);
                case "--train" -> train = true;
                case "--model-out" -> modelOut = Path.of(args[++i]);
                case "--locked" -> lockedCount = Integer.parseInt(args[++i]);
                case "--features" -> features = Path.of(args[++i]);
                case "--reuse-features" -> reuse = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--ecbplus" -> ecbplus = Path.of(args[++i]);
                case "--generated" -> generatedArticles = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<SummEditsCorpus.Sample> samples = SummEditsCorpus.read(dir);
        samples = samples.subList(0, Math.min(limit, samples.size()));
        Set<String> docs = new LinkedHashSet<>();
        samples.forEach(s -> docs.add(s.docId()));
        Set<String> locked = LockedSplit.of(docs, lockedCount);
        long start = System.nanoTime();
        List<Judged> judged = measured(samples, features, reuse);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Judged> generated = List.of();
        if (ecbplus != null && generatedArticles > 0) {
            Path generatedFeatures = features == null ? null : features.resolveSibling("verify-generated-" + seed + ".tsv");
            generated = measured(generatedSamples(ecbplus, seed, generatedArticles), generatedFeatures, reuse);
        }
        List<Judged> dev = judged.stream().filter(j -> !locked.contains(j.sample().docId())).toList();
        List<Judged> test = judged.stream().filter(j -> locked.contains(j.sample().docId())).toList();
        List<VerifyModelFit.Example> devExamples = dev.stream().map(Judged::example).toList();
        List<VerifyModelFit.Example> withGenerated = new ArrayList<>(devExamples);
        generated.forEach(j -> withGenerated.add(j.example()));
        // Candidates: trained on dev alone or with the generated pairs, with the weights' signs
        // fixed by what each feature means or left free; each is cross-validated by leave-one-article-out
        // on dev at the shipped event gate, and the best by that figure alone is kept (the locked
        // split decides nothing). The event gate ("a statement about an event no source reports is
        // unsupported") is what a reader of the sources asks for; SummEdits' abstractive summaries,
        // which often reword the main verb, do not ask for it, so it is fixed, not tuned on them.
        double chosenGate = VerifyModelFit.SHIPPED_EVENT_GATE;
        record Candidate(String name, List<VerifyModelFit.Example> training, boolean signed,
                         Map<VerifyModelFit.Example, Boolean> loao, VerifyModel model) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (boolean withPairs : generated.isEmpty() ? List.of(false) : List.of(false, true)) {
            List<VerifyModelFit.Example> training = withPairs ? withGenerated : devExamples;
            for (boolean signed : List.of(true, false)) {
                String name = (withPairs ? "SummEdits dev + " + generated.size() + " generated ECB+ pairs" : "SummEdits dev only")
                        + (signed ? ", signed weights" : ", free weights");
                candidates.add(new Candidate(name, training, signed,
                        VerifyModelFit.crossValidate(training, devExamples, chosenGate, signed),
                        VerifyModelFit.fit(training, devExamples, chosenGate, signed)));
            }
        }
        Candidate best = candidates.get(0);
        double bestCv = -1;
        for (Candidate c : candidates) {
            double cv = score(dev, j -> !c.loao().get(j.example())).percent();
            if (cv > bestCv) {
                best = c;
                bestCv = cv;
            }
        }
        Candidate picked = best;
        boolean useGenerated = picked.training() == withGenerated && !generated.isEmpty();
        Map<Double, Map<VerifyModelFit.Example, Boolean>> byGate = new java.util.LinkedHashMap<>();
        for (double gate : VerifyModelFit.EVENT_GATES) {
            byGate.put(gate, gate == chosenGate ? picked.loao()
                    : VerifyModelFit.crossValidate(picked.training(), devExamples, gate, picked.signed()));
        }
        VerifyModel model = picked.model();
        Map<VerifyModelFit.Example, Boolean> loao = picked.loao();
        VerifyModel chosen = model;
        Map<VerifyModelFit.Example, Boolean> chosenLoao = loao;
        Predicate<Judged> byModel = j -> !chosen.supported(VerifyModelFit.score(chosen, j.example()));
        Predicate<Judged> byLoao = j -> !chosenLoao.get(j.example());
        Predicate<Judged> byRules = j -> j.rules() != Verdict.SUPPORTED;

        String all = String.format(Locale.ROOT, "SummEdits news public (%d articles, %d samples)", docs.size(), judged.size());
        String devPart = String.format(Locale.ROOT, "dev (%d articles, %d samples)", docs.size() - locked.size(), dev.size());
        String testPart = String.format(Locale.ROOT, "locked (%d articles, %d samples)", locked.size(), test.size());
        System.out.println("locked articles: " + String.join(" ", locked.stream().sorted().toList()));
        System.out.println(line(all, "baseline: rule-based verifier (no model)", judged, byRules)
                + (reuse ? " | features reused from " + features : String.format(Locale.ROOT, " | %.1f statements/s", judged.size() / seconds)));
        System.out.println(line(devPart, "baseline: rule-based verifier (no model)", dev, byRules));
        System.out.println(line(testPart, "baseline: rule-based verifier (no model)", test, byRules));
        double cv = score(dev, byLoao).percent();
        for (Candidate c : candidates) {
            System.out.println(line(devPart, "model on " + c.name() + ", leave-one-article-out", dev, j -> !c.loao().get(j.example())));
            System.out.println(line(testPart, "model on " + c.name() + ", never saw these", test,
                    j -> !c.model().supported(VerifyModelFit.score(c.model(), j.example()))));
        }
        if (!generated.isEmpty()) {
            VerifyModel alone = candidates.get(0).model();
            System.out.println(line("generated ECB+ pairs", "model on " + candidates.get(0).name() + " (pairs never trained on)", generated,
                    j -> !alone.supported(VerifyModelFit.score(alone, j.example()))));
            System.out.println(line("generated ECB+ pairs", "baseline: rule-based verifier (no model)", generated,
                    j -> j.rules() != Verdict.SUPPORTED));
        }
        System.out.println("chosen by leave-one-article-out: " + picked.name());
        System.out.println(line(devPart, "learned model (chosen), leave-one-article-out", dev, byLoao));
        System.out.println(line(devPart, "learned model fitted on dev (tuned, in-sample)", dev, byModel));
        double held = score(test, byModel).percent();
        System.out.println(line(testPart, "learned model fitted on dev, never saw these", test, byModel));
        System.out.printf(Locale.ROOT, "gap: leave-one-article-out %.1f - locked %.1f = %.1f points (target: LOAO >= 72, |gap| <= 3)%n",
                cv, held, cv - held);
        System.out.println(line(all, "anchor heuristic: a number or capitalised token not in the article",
                judged, j -> NovelTokenBaseline.inconsistent(j.sample().doc(), j.sample().summary())));
        System.out.println(all + " | published on all 819: QAFactEval 74.4, SummaC-Conv 61.9, GPT-4 83.3 (not run here)");
        System.out.println("model fitted on dev: threshold " + String.format(Locale.ROOT, "%.3f", chosen.threshold())
                + String.format(Locale.ROOT, ", event gate %.2f", chosen.eventGate()));
        byGate.forEach((gate, fixed) -> System.out.println(line(devPart,
                String.format(Locale.ROOT, "model, event gate fixed at %.2f, leave-one-article-out", gate),
                dev, j -> !fixed.get(j.example()))));
        System.out.printf(Locale.ROOT, "event gate: fixed at %.2f (an event no source reports is unsupported), not tuned%n",
                chosenGate);
        for (VerifyFeature f : VerifyFeature.values()) {
            System.out.printf(Locale.ROOT, "  weight %-30s %+.3f%n", f.name().toLowerCase(Locale.ROOT), chosen.weight()[f.ordinal()]);
        }
        if (verbose) {
            judged.forEach(j -> System.err.println(describe(j, chosen, locked)));
        }
        if (examples != null) {
            System.out.println(ExampleReadings.line(examples, new StatementVerifier(new ClaimExtractor(), new SentenceEmbedder(),
                    new WordNetLexicon(), VerifySettings.defaults(), AlignmentSettings.defaults(), chosen)));
        }
        if (train) {
            if (modelOut == null) {
                throw new IllegalArgumentException("--train needs --model-out FILE");
            }
            Files.writeString(modelOut, chosen.format(List.of(
                    "The verifier's learned decision, written by bench/verify --train: logistic regression (Smile "
                            + "3.1.1, L2 penalty among " + java.util.Arrays.toString(VerifyModelFit.LAMBDAS)
                            + (picked.signed() ? ", each weight of the sign its feature allows" : ", weights of either sign")
                            + ", event gate fixed at " + chosenGate + ") over standardised sentence features,",
                    "fitted on SummEdits news, the " + (docs.size() - locked.size()) + " public articles outside the locked split ("
                            + dev.size() + " samples)" + (useGenerated ? ", and " + generated.size() + " pairs generated from ECB+ (seed "
                            + seed + ")" : "") + "; penalty and threshold by leave-one-article-out balanced accuracy (the strongest penalty within one"
                            + " standard error of the best), training set and signs by leave-one-article-out balanced accuracy on SummEdits;"
                            + " the event gate is not tuned (an event no source reports is unsupported).",
                    "Each line: feature NAME MEAN SCALE WEIGHT; score = sigmoid(intercept + sum WEIGHT * (x - MEAN) / SCALE).")));
            System.out.println("wrote " + modelOut);
        }
    }

    private static StatementVerifier rules;

    /** The samples' measurements: read from {@code features} with {@code reuse}, else measured (and saved there). */
    private static List<Judged> measured(List<SummEditsCorpus.Sample> samples, Path features, boolean reuse) throws java.io.IOException {
        if (reuse && features != null && Files.exists(features)) {
            return FeatureCache.read(features, samples);
        }
        List<Judged> out = judgeAll(samples);
        if (features != null) {
            FeatureCache.write(features, out);
        }
        return out;
    }

    /** FactCC-style pairs from ECB+ ({@link VerifyPairs}), as samples: the article, the statement, the label. */
    private static List<SummEditsCorpus.Sample> generatedSamples(Path ecbplus, long seed, int articles) throws java.io.IOException {
        List<VerifyPairs.Pair> pairs = new VerifyPairs(seed, new org.crosscheck.language.CoreNlpAnnotator(), new WordNetLexicon())
                .generate(EcbPlusCorpus.read(ecbplus), articles);
        List<SummEditsCorpus.Sample> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            VerifyPairs.Pair p = pairs.get(i);
            out.add(new SummEditsCorpus.Sample(p.group() + "_" + i, p.group(), p.source().text(), p.statement(), p.consistent(),
                    p.consistent() ? List.of() : List.of(p.kind()), ""));
        }
        System.err.printf(Locale.ROOT, "generated %d pairs from ECB+ (seed %d)%n", out.size(), seed);
        return out;
    }

    /** Every sample verified by the rule-based verifier, which measures the model's features on the way. */
    private static List<Judged> judgeAll(List<SummEditsCorpus.Sample> samples) {
        if (rules == null) {
            rules = new StatementVerifier(new ClaimExtractor(), new SentenceEmbedder(), new WordNetLexicon(),
                    VerifySettings.defaults(), AlignmentSettings.defaults(), null);
        }
        List<Judged> judged = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            SummEditsCorpus.Sample s = samples.get(i);
            Article article = new Article(s.docId(), "summedits:" + s.docId(), null, null, null, null, null, "en", s.doc());
            VerifyResult r = rules.verify(new VerifyJob(s.id(), s.summary(), List.of(article)));
            judged.add(Judged.of(s, r.verdict(), r.sentences().stream().map(SentenceVerdict::text).toList(),
                    r.sentences().stream().map(SentenceVerdict::verdict).toList(),
                    r.sentences().stream().map(SentenceVerdict::features).toList()));
            if ((i + 1) % 50 == 0) {
                System.err.printf(Locale.ROOT, "verified %d/%d%n", i + 1, samples.size());
            }
        }
        return judged;
    }

    private static BalancedAccuracy score(List<Judged> judged, Predicate<Judged> inconsistent) {
        boolean[] predicted = new boolean[judged.size()];
        boolean[] gold = new boolean[judged.size()];
        for (int i = 0; i < judged.size(); i++) {
            predicted[i] = inconsistent.test(judged.get(i));
            gold[i] = !judged.get(i).sample().consistent();
        }
        return BalancedAccuracy.of(predicted, gold);
    }

    private static String line(String part, String system, List<Judged> judged, Predicate<Judged> inconsistent) {
        BalancedAccuracy ba = score(judged, inconsistent);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s | %-66s | BA %.1f | inconsistent R %.3f (%d/%d) consistent R %.3f (%d/%d)", part, system,
                ba.percent(), ba.inconsistentRecall(), ba.inconsistentCaught(), ba.inconsistent(),
                ba.consistentRecall(), ba.consistentKept(), ba.consistent()));
        for (String type : List.of("entity_modification", "antonym_swap", "negation_insertion_removal", "hallucinated_fact_insertion")) {
            List<Judged> of = judged.stream().filter(j -> j.sample().editTypes().contains(type)).toList();
            long caught = of.stream().filter(inconsistent).count();
            sb.append(String.format(Locale.ROOT, " | %s R %.2f", type.replaceAll("_.*", ""), of.isEmpty() ? 0 : (double) caught / of.size()));
        }
        return sb.toString();
    }

    private static String describe(Judged j, VerifyModel model, Set<String> locked) {
        StringBuilder sb = new StringBuilder();
        sb.append(j.sample().id()).append(locked.contains(j.sample().docId()) ? " [locked]" : "")
                .append(" gold=").append(j.sample().consistent() ? "consistent" : "inconsistent " + j.sample().editTypes())
                .append(" rules=").append(j.rules().jsonName())
                .append(String.format(Locale.ROOT, " model=%.3f", VerifyModelFit.score(model, j.example()))).append('\n');
        for (int i = 0; i < j.sentences().size(); i++) {
            VerifyFeatures f = j.example().sentences().get(i);
            sb.append("  [").append(j.sentenceRules().get(i).jsonName())
                    .append(String.format(Locale.ROOT, " %.3f %s] ", model.score(f),
                            j.example().sentencesConsistent().get(i) ? "ok" : "BAD"))
                    .append(j.sentences().get(i)).append('\n').append("    ").append(f).append('\n');
        }
        return sb.toString();
    }
}
