package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The derivation benchmark's simple baseline: TF-IDF cosine of the two whole texts (document
 * frequencies over the cases' articles). A link when the cosine reaches the link threshold; the
 * kind by bands (duplicate at or above the duplicate band, rewrite at or above the rewrite band,
 * else partial); the direction by date (the earlier day is the source), else undecided. The
 * threshold and bands are those that give the best micro F1 on the tuning cases.
 */
final class CosineBaseline {

    private final double link;
    private final double rewrite;
    private final double duplicate;

    private CosineBaseline(double link, double rewrite, double duplicate) {
        this.link = link;
        this.rewrite = rewrite;
        this.duplicate = duplicate;
    }

    static CosineBaseline tuned(List<DerivationCases.Case> tuning) {
        List<Double> cosines = cosines(tuning);
        CosineBaseline best = null;
        double bestF1 = -1;
        for (int l = 10; l <= 95; l += 5) {
            for (int r = l; r <= 100; r += 5) {
                for (int d = r; d <= 100; d += 2) {
                    CosineBaseline b = new CosineBaseline(l / 100.0, r / 100.0, d / 100.0);
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
        return String.format(Locale.ROOT, "TF-IDF cosine baseline (link %.2f, rewrite %.2f, dup %.2f)", link, rewrite, duplicate);
    }

    DerivationScore score(List<DerivationCases.Case> cases) {
        return score(cases, cosines(cases));
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
}
