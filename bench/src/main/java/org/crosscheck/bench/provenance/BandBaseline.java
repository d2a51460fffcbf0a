package org.crosscheck.bench.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.crosscheck.bench.corpus.DerivationCases;
import org.crosscheck.bench.metric.TfIdfCosine;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.dedup.MinHasher;
import org.crosscheck.dedup.DedupSettings;

/**
 * The derivation benchmark's simple baselines: one similarity of the two whole texts, TF-IDF
 * cosine (document frequencies over the cases' articles) or the MinHash estimate of their word
 * shingle Jaccard (the dedup fingerprint). A link when the similarity reaches the link threshold;
 * the kind by bands (duplicate at or above the duplicate band, rewrite at or above the rewrite
 * band, else partial); the direction by date (the earlier day is the source), else undecided.
 * The threshold and bands are those that give the best micro F1 on the tuning cases.
 */
final class BandBaseline {

    private final String name;
    private final Function<List<DerivationCases.Case>, List<Double>> similarity;
    private final double link;
    private final double rewrite;
    private final double duplicate;

    private BandBaseline(String name, Function<List<DerivationCases.Case>, List<Double>> similarity, double link,
                         double rewrite, double duplicate) {
        this.name = name;
        this.similarity = similarity;
        this.link = link;
        this.rewrite = rewrite;
        this.duplicate = duplicate;
    }

    /** The TF-IDF cosine baseline tuned on the given cases. */
    static BandBaseline cosine(List<DerivationCases.Case> tuning) {
        return tuned("TF-IDF cosine", BandBaseline::cosines, tuning);
    }

    /** The MinHash Jaccard baseline tuned on the given cases. */
    static BandBaseline minHash(List<DerivationCases.Case> tuning) {
        return tuned("MinHash Jaccard", BandBaseline::jaccards, tuning);
    }

    private static BandBaseline tuned(String name, Function<List<DerivationCases.Case>, List<Double>> similarity,
                                      List<DerivationCases.Case> tuning) {
        List<Double> cosines = similarity.apply(tuning);
        BandBaseline best = null;
        double bestF1 = -1;
        for (int l = 5; l <= 95; l += 5) {
            for (int r = l; r <= 100; r += 5) {
                for (int d = r; d <= 100; d += 2) {
                    BandBaseline b = new BandBaseline(name, similarity, l / 100.0, r / 100.0, d / 100.0);
                    double f1 = b.score(tuning, cosines).f1();
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = b;
                    }
                }
            }
        }
        return best;
    }

    String describe() {
        return String.format(Locale.ROOT, "%s baseline (link %.2f, rewrite %.2f, dup %.2f)", name, link, rewrite, duplicate);
    }

    DerivationScore score(List<DerivationCases.Case> cases) {
        return score(cases, similarity.apply(cases));
    }

    private DerivationScore score(List<DerivationCases.Case> cases, List<Double> cosines) {
        DerivationScore s = new DerivationScore();
        for (int i = 0; i < cases.size(); i++) {
            s.add(cases.get(i), predict(cases.get(i), cosines.get(i)));
        }
        return s;
    }

    private DerivationScore.Predicted predict(DerivationCases.Case c, double cosine) {
        if (cosine < link) {
            return DerivationScore.Predicted.NONE;
        }
        String kind = cosine >= duplicate ? "duplicate" : cosine >= rewrite ? "rewrite" : "partial";
        var a = c.source().published();
        var b = c.derived().published();
        if (a != null && b != null && a.lastDay().isBefore(b.firstDay())) {
            return new DerivationScore.Predicted(kind, c.source().id(), false);
        }
        if (a != null && b != null && b.lastDay().isBefore(a.firstDay())) {
            return new DerivationScore.Predicted(kind, c.derived().id(), false);
        }
        return new DerivationScore.Predicted(kind, null, true);
    }

    private static List<Double> cosines(List<DerivationCases.Case> cases) {
        List<String> texts = new ArrayList<>();
        for (DerivationCases.Case c : cases) {
            texts.add(c.source().text());
            texts.add(c.derived().text());
        }
        TfIdfCosine tfidf = new TfIdfCosine(texts);
        List<Double> out = new ArrayList<>();
        for (DerivationCases.Case c : cases) {
            out.add(tfidf.cosine(c.source().text(), c.derived().text()));
        }
        return out;
    }

    private static List<Double> jaccards(List<DerivationCases.Case> cases) {
        Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
        List<Double> out = new ArrayList<>();
        for (DerivationCases.Case c : cases) {
            out.add(MinHasher.estimateJaccard(fingerprinter.fingerprint(c.source()).minHash(),
                    fingerprinter.fingerprint(c.derived()).minHash()));
        }
        return out;
    }
}
