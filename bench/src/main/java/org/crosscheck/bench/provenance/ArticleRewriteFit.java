package org.crosscheck.bench.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.bench.corpus.DerivationCases;
import org.crosscheck.provenance.MeaningFeatures;
import org.crosscheck.provenance.SentenceAligner;
import org.crosscheck.provenance.ProvenanceSettings;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.language.SentenceSplitter;

/**
 * Fits the article rewrite model ({@code article-rewrite.properties}) on derivation cases of the
 * tuning topics: the {@link MeaningFeatures} of each case's derived text as a rewrite of its
 * source; rewrites (paraphrase, synonym, reordered and lightly edited ones) are positive,
 * independent same-event reports and partial reuses negative, these also the other way round.
 * Weights by {@link RewriteJudgeFit} (logistic regression, L2 penalty, threshold for the best F1
 * on out-of-fold probabilities).
 */
final class ArticleRewriteFit {

    static final Set<DerivationCases.Recipe> POSITIVE = EnumSet.of(DerivationCases.Recipe.PARAPHRASE,
            DerivationCases.Recipe.SYNONYMS, DerivationCases.Recipe.REORDER, DerivationCases.Recipe.LIGHT_EDIT);
    static final Set<DerivationCases.Recipe> NEGATIVE = EnumSet.of(DerivationCases.Recipe.INDEPENDENT,
            DerivationCases.Recipe.PARTIAL);
    static final int FOLDS = 10;
    static final long SEED = 7;
    /** The candidate step's mean-vector cosine: this much below the lowest a positive of the fit has. */
    static final double CANDIDATE_SLACK = 0.1;
    /** Undated, the matched shares must differ by this much for containment to tell the direction. */
    static final double DIRECTION_MARGIN = 0.3;
    /** The fewest matched later sentences for a rewrite by meaning (set by reading short false links, not fitted). */
    static final int MIN_MATCHED = 3;

    private ArticleRewriteFit() {
    }

    /** The properties file text fitted on the given cases. */
    static String fit(List<DerivationCases.Case> cases, String where) {
        SentenceAligner aligner = new SentenceAligner(ProvenanceSettings.defaults(), DedupSettings.defaults(), new SentenceSplitter());
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        double lowestPositiveMean = 1;
        for (DerivationCases.Case c : cases) {
            boolean positive = POSITIVE.contains(c.recipe());
            if (!positive && !NEGATIVE.contains(c.recipe())) {
                continue;
            }
            double[] f = aligner.meaningFeatures(c.source(), c.derived());
            rows.add(f);
            labels.add(positive);
            if (positive) {
                lowestPositiveMean = Math.min(lowestPositiveMean, f[MeaningFeatures.NAMES.indexOf("mean.cosine")]);
            } else {
                rows.add(aligner.meaningFeatures(c.derived(), c.source()));
                labels.add(false);
            }
        }
        double[][] x = rows.toArray(new double[0][]);
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        RewriteJudgeFit.Judge judge = RewriteJudgeFit.fit(x, y, FOLDS, SEED);
        long positives = labels.stream().filter(b -> b).count();
        StringBuilder b = new StringBuilder();
        b.append("# Article rewrite model (ArticleRewriteModel): logistic regression over the MeaningFeatures of an\n");
        b.append("# article pair. Fitted by `bench/provenance --fit-articles` (ProvenanceBenchmark, ArticleRewriteFit) on\n");
        b.append("# ").append(where).append(": ").append(positives).append(" rewrites (paraphrase, synonym, reordered, lightly edited)\n");
        b.append("# against ").append(y.length - positives).append(" rows of independent same-event reports and partial reuses\n");
        b.append("# (each both ways round); L2 penalty ").append(RewriteJudgeFit.L2).append("; the threshold gives the best F1 on\n");
        b.append("# out-of-fold probabilities of a ").append(FOLDS).append("-fold cross-validation (seed ").append(SEED)
                .append("). The report topics and seed were not used.\n");
        b.append("# candidate.cosine: pairs whose mean sentence vectors are less alike than this are not weighed at all\n");
        b.append(String.format(Locale.ROOT, "# (the lowest rewrite of the fit had %.3f; this is %.2f below).%n", lowestPositiveMean,
                CANDIDATE_SLACK));
        b.append("# direction.margin: an undated rewrite's direction by containment needs the derived text's matched\n");
        b.append("# share to exceed the source's by this much (commentary added and facts dropped make both partial).\n");
        b.append(String.format(Locale.ROOT, "candidate.cosine=%.3f%n", Math.max(0, lowestPositiveMean - CANDIDATE_SLACK)));
        b.append(String.format(Locale.ROOT, "direction.margin=%.2f%n", DIRECTION_MARGIN));
        b.append("# min.matched.sentences: the later text needs at least this many sentences matched at the middle\n");
        b.append("# cosine: ECB+ texts of a headline and one or two sentences say what every report of the event says.\n");
        b.append("min.matched.sentences=").append(MIN_MATCHED).append('\n');
        b.append(String.format(Locale.ROOT, "bias=%.6f%n", judge.fit().bias()));
        b.append(String.format(Locale.ROOT, "threshold=%.6f%n", judge.threshold()));
        for (int i = 0; i < MeaningFeatures.NAMES.size(); i++) {
            b.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", MeaningFeatures.NAMES.get(i), judge.fit().weights()[i]));
        }
        System.err.println(means(x, y));
        return b.toString();
    }

    /** Row means, for reading: the average feature vector of positives and negatives. */
    static String means(double[][] x, boolean[] y) {
        double[][] sums = new double[2][x[0].length];
        int[] n = new int[2];
        for (int i = 0; i < x.length; i++) {
            int k = y[i] ? 1 : 0;
            n[k]++;
            for (int j = 0; j < x[i].length; j++) {
                sums[k][j] += x[i][j];
            }
        }
        return "neg " + Arrays.toString(Arrays.stream(sums[0]).map(v -> v / Math.max(1, n[0])).toArray())
                + "\npos " + Arrays.toString(Arrays.stream(sums[1]).map(v -> v / Math.max(1, n[1])).toArray());
    }
}
