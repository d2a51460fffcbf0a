package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.verify.SentenceVerdict;
import org.crosscheck.verify.StatementVerifier;
import org.crosscheck.verify.Verdict;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyResult;
import org.crosscheck.verify.VerifySettings;

/**
 * SummEdits news: each edited summary is verified against its article by the verifier of
 * {@code verify --batch}; "supported" counts as consistent, "conflicting" or "unsupported" as
 * inconsistent. Prints balanced accuracy and recall per edit type for the shipped settings, for
 * the two tuned settings (supporting sentences, unsupported words) chosen by leave-one-article-out
 * cross-validation, for the README's novel-token heuristic, and for every setting of the grid,
 * one line each. Each sample is verified once per number of supporting sentences, without a word
 * threshold; the threshold is applied afterwards by the shipped rule ({@link #verdict}).
 * <p>
 * Arguments: {@code DIR [--limit N] [--verbose]}.
 */
public final class VerifyBenchmark {

    private static final int[] WORD_LIMITS = {1, 2, 3, 4, 5, 6};
    /** Numbers of most similar source sentences whose words may support a sentence; 0 is all. */
    private static final int[] SUPPORT_SENTENCES = {3, 5, 0};

    private VerifyBenchmark() {
    }

    /** What one sample's runs gave: its sentences judged with no word limit, for each number of supporting sentences. */
    record Judged(SummEditsCorpus.Sample sample, Map<Integer, VerifyResult> results) {

        VerifyResult result(int supportSentences) {
            return results.get(supportSentences);
        }
    }

    /** One choice of the two tuned settings. */
    record Setting(int supportSentences, int maxUnsupportedWords) {

        boolean inconsistent(Judged j) {
            return VerifyBenchmark.inconsistent(j.result(supportSentences), maxUnsupportedWords);
        }

        @Override
        public String toString() {
            return "supportSentences=" + supportSentences + " maxUnsupportedWords=" + maxUnsupportedWords;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int limit = Integer.MAX_VALUE;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<SummEditsCorpus.Sample> samples = SummEditsCorpus.read(dir);
        samples = samples.subList(0, Math.min(limit, samples.size()));
        VerifySettings shipped = VerifySettings.defaults();
        ClaimExtractor extractor = new ClaimExtractor();
        SentenceEmbedder embedder = new SentenceEmbedder();
        WordNetLexicon wordNet = new WordNetLexicon();
        Set<Integer> supportChoices = new LinkedHashSet<>();
        supportChoices.add(shipped.supportSentences());
        for (int k : SUPPORT_SENTENCES) {
            supportChoices.add(k);
        }
        Map<Integer, StatementVerifier> verifiers = new LinkedHashMap<>();
        for (int k : supportChoices) {
            verifiers.put(k, new StatementVerifier(extractor, embedder, wordNet,
                    shipped.withSupportSentences(k).withMaxUnsupportedWords(Integer.MAX_VALUE)));
        }
        List<Judged> judged = new ArrayList<>();
        long start = System.nanoTime();
        double shippedSeconds = 0;
        for (int i = 0; i < samples.size(); i++) {
            SummEditsCorpus.Sample s = samples.get(i);
            Article article = new Article(s.docId(), "summedits:" + s.docId(), null, null, null, null, null, "en", s.doc());
            VerifyJob job = new VerifyJob(s.id(), s.summary(), List.of(article));
            Map<Integer, VerifyResult> results = new LinkedHashMap<>();
            for (Map.Entry<Integer, StatementVerifier> v : verifiers.entrySet()) {
                long t = System.nanoTime();
                results.put(v.getKey(), v.getValue().verify(job));
                if (v.getKey() == shipped.supportSentences()) {
                    shippedSeconds += (System.nanoTime() - t) / 1e9;
                }
            }
            judged.add(new Judged(s, results));
            if ((i + 1) % 50 == 0) {
                System.err.printf(Locale.ROOT, "verified %d/%d%n", i + 1, samples.size());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Setting shippedSetting = new Setting(shipped.supportSentences(), shipped.maxUnsupportedWords());
        if (verbose) {
            judged.forEach(j -> System.err.println(describe(j, shippedSetting)));
        }
        List<Setting> grid = new ArrayList<>();
        for (int k : supportChoices) {
            for (int max : WORD_LIMITS) {
                grid.add(new Setting(k, max));
            }
        }
        Set<String> docs = new LinkedHashSet<>();
        samples.forEach(s -> docs.add(s.docId()));
        String part = String.format(Locale.ROOT, "SummEdits news public (%d articles, %d samples)", docs.size(), samples.size());
        System.out.println(line(part, "crosscheck verify, shipped (" + shippedSetting + ")", judged, shippedSetting::inconsistent)
                + String.format(Locale.ROOT, " | %.1f statements/s (%.0f s in all runs)", samples.size() / shippedSeconds, seconds));
        System.out.println(line(part, "crosscheck verify, both settings by leave-one-article-out CV",
                judged, crossValidated(judged, docs, grid)));
        System.out.println(line(part, "anchor heuristic: a number or capitalised token not in the article",
                judged, j -> NovelTokenBaseline.inconsistent(j.sample().doc(), j.sample().summary())));
        System.out.println(part + " | published on all 819: QAFactEval 74.4, SummaC-Conv 61.9, GPT-4 83.3 (not run here)");
        System.out.println(part + " | target: balanced accuracy >= 75");
        for (Setting setting : grid) {
            System.out.println(line(part, "  " + setting, judged, setting::inconsistent));
        }
    }

    /** Leave-one-article-out: each article's samples judged with the setting best on the other articles. */
    private static java.util.function.Predicate<Judged> crossValidated(List<Judged> judged, Set<String> docs, List<Setting> grid) {
        Map<String, Setting> chosen = new LinkedHashMap<>();
        for (String doc : docs) {
            List<Judged> train = judged.stream().filter(j -> !j.sample().docId().equals(doc)).toList();
            Setting best = grid.get(0);
            double bestScore = -1;
            for (Setting setting : grid) {
                double score = score(train, setting::inconsistent).percent();
                if (score > bestScore) {
                    bestScore = score;
                    best = setting;
                }
            }
            chosen.put(doc, best);
        }
        return j -> chosen.get(j.sample().docId()).inconsistent(j);
    }

    /** The shipped verdict rule with the given word threshold, applied to a result judged without one. */
    static Verdict verdict(VerifyResult result, int maxUnsupportedWords) {
        List<Verdict> sentences = new ArrayList<>();
        for (SentenceVerdict s : result.sentences()) {
            if (s.verdict() == Verdict.CONFLICTING) {
                sentences.add(Verdict.CONFLICTING);
            } else if (!s.unstatedFacts().isEmpty() || s.unstatedWords().size() >= maxUnsupportedWords) {
                sentences.add(Verdict.UNSUPPORTED);
            } else {
                sentences.add(Verdict.SUPPORTED);
            }
        }
        if (sentences.contains(Verdict.CONFLICTING)) {
            return Verdict.CONFLICTING;
        }
        return sentences.contains(Verdict.UNSUPPORTED) ? Verdict.UNSUPPORTED : Verdict.SUPPORTED;
    }

    private static boolean inconsistent(VerifyResult result, int maxUnsupportedWords) {
        return verdict(result, maxUnsupportedWords) != Verdict.SUPPORTED;
    }

    private static BalancedAccuracy score(List<Judged> judged, java.util.function.Predicate<Judged> inconsistent) {
        boolean[] predicted = new boolean[judged.size()];
        boolean[] gold = new boolean[judged.size()];
        for (int i = 0; i < judged.size(); i++) {
            predicted[i] = inconsistent.test(judged.get(i));
            gold[i] = !judged.get(i).sample().consistent();
        }
        return BalancedAccuracy.of(predicted, gold);
    }

    private static String line(String part, String system, List<Judged> judged, java.util.function.Predicate<Judged> inconsistent) {
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

    private static String describe(Judged j, Setting setting) {
        StringBuilder sb = new StringBuilder();
        sb.append(j.sample().id()).append(" gold=").append(j.sample().consistent() ? "consistent" : "inconsistent " + j.sample().editTypes())
                .append(" verdict=").append(verdict(j.result(setting.supportSentences()), setting.maxUnsupportedWords()).jsonName()).append('\n');
        for (SentenceVerdict s : j.result(setting.supportSentences()).sentences()) {
            sb.append("  [").append(s.verdict().jsonName()).append("] ").append(s.text()).append('\n');
            if (!s.unstatedFacts().isEmpty() || !s.unstatedWords().isEmpty()) {
                sb.append("    unstated facts ").append(s.unstatedFacts()).append(" words ").append(s.unstatedWords()).append('\n');
            }
            s.evidence().stream().filter(e -> e.relation() == org.crosscheck.verify.Evidence.Relation.CONFLICTS)
                    .forEach(e -> sb.append("    conflict ").append(e.kind().jsonName()).append(": ").append(e.detail())
                            .append(" <- ").append(e.sentence()).append('\n'));
        }
        return sb.toString();
    }
}
