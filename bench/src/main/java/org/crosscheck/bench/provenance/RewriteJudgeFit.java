package org.crosscheck.bench.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crosscheck.bench.fit.LogisticFit;
import org.crosscheck.bench.metric.BinaryScore;

/**
 * Fits the rewrite judge: logistic regression weights on labelled feature rows, and the decision
 * threshold that gives the best F1 on the same rows' out-of-fold probabilities, so that the
 * threshold is never chosen on the rows it is scored on. {@link #crossValidate} estimates how the
 * fitted judge does on unseen pairs: each fold is scored by weights and a threshold fitted on the
 * other folds alone.
 */
final class RewriteJudgeFit {

    /** L2 penalty on the weights of the named features (containment, overlaps, cosines...). */
    static final double L2 = Double.parseDouble(System.getProperty("l2", "0.3"));
    /** L2 penalty on the weights of the embedding products: hundreds of weak, correlated features. */
    static final double L2_PRODUCTS = Double.parseDouble(System.getProperty("l2.products", "30.0"));

    /** The penalty of each weight, by feature name (rows of any width whose first features are named so). */
    static double[] penalties(int width) {
        double[] p = new double[width];
        for (int i = 0; i < width; i++) {
            boolean product = i < org.crosscheck.provenance.RewriteFeatures.NAMES.size()
                    && org.crosscheck.provenance.RewriteFeatures.NAMES.get(i).startsWith("product.");
            p[i] = product ? L2_PRODUCTS : L2;
        }
        return p;
    }

    /** Fitted weights with their threshold. */
    record Judge(LogisticFit fit, double threshold) {

        double[] probabilities(double[][] x) {
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = fit.probability(x[i]);
            }
            return p;
        }

        BinaryScore score(double[][] x, boolean[] y) {
            return BinaryScore.of(probabilities(x), y, threshold);
        }
    }

    private RewriteJudgeFit() {
    }

    /** Weights on all rows; the threshold from out-of-fold probabilities of an inner cross-validation. */
    static Judge fit(double[][] x, boolean[] y, int folds, long seed) {
        LogisticFit fit = LogisticFit.fit(x, y, penalties(x[0].length));
        double[] outOfFold = outOfFold(x, y, folds, seed);
        return new Judge(fit, BinaryScore.bestThreshold(outOfFold, y));
    }

    /** Out-of-fold probabilities: each row scored by weights fitted without its fold. */
    static double[] outOfFold(double[][] x, boolean[] y, int folds, long seed) {
        int[] fold = folds(x.length, folds, seed);
        double[] p = new double[x.length];
        for (int f = 0; f < folds; f++) {
            Rows train = rows(x, y, fold, f, false);
            LogisticFit fit = LogisticFit.fit(train.x, train.y, penalties(train.x[0].length));
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    p[i] = fit.probability(x[i]);
                }
            }
        }
        return p;
    }

    /**
     * k-fold cross-validation of the whole fitting procedure (weights and threshold): the pooled
     * decisions on every held-out fold.
     */
    static BinaryScore crossValidate(double[][] x, boolean[] y, int folds, long seed) {
        int[] fold = folds(x.length, folds, seed);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int f = 0; f < folds; f++) {
            Rows train = rows(x, y, fold, f, false);
            Rows test = rows(x, y, fold, f, true);
            BinaryScore s = fit(train.x, train.y, folds, seed + f + 1).score(test.x, test.y);
            tp += s.truePositives();
            fp += s.falsePositives();
            fn += s.falseNegatives();
            tn += s.trueNegatives();
        }
        return new BinaryScore(tp, fp, fn, tn);
    }

    private record Rows(double[][] x, boolean[] y) {
    }

    private static Rows rows(double[][] x, boolean[] y, int[] fold, int f, boolean inFold) {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if ((fold[i] == f) == inFold) {
                picked.add(i);
            }
        }
        double[][] rx = new double[picked.size()][];
        boolean[] ry = new boolean[picked.size()];
        for (int k = 0; k < picked.size(); k++) {
            rx[k] = x[picked.get(k)];
            ry[k] = y[picked.get(k)];
        }
        return new Rows(rx, ry);
    }

    /** A seeded random assignment of rows to folds of equal size (within one). */
    static int[] folds(int n, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int k = 0; k < n; k++) {
            fold[order.get(k)] = k % folds;
        }
        return fold;
    }
}
