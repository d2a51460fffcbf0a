package org.crosscheck.bench.metric;

/**
 * Precision, recall, F1 and accuracy of yes/no decisions against gold labels.
 */
public record BinaryScore(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** Scores the decisions {@code probability >= threshold} against {@code gold}. */
    public static BinaryScore of(double[] probability, boolean[] gold, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean yes = probability[i] >= threshold;
            if (yes && gold[i]) {
                tp++;
            } else if (yes) {
                fp++;
            } else if (gold[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryScore(tp, fp, fn, tn);
    }

    /** The threshold among the given scores that gives the highest F1 (the smallest such one). */
    public static double bestThreshold(double[] score, boolean[] gold) {
        double[] sorted = score.clone();
        java.util.Arrays.sort(sorted);
        double best = sorted.length == 0 ? 0.5 : sorted[0];
        double bestF1 = -1;
        // sweep: counts of positives at or above each distinct value
        int[] order = java.util.stream.IntStream.range(0, score.length).boxed()
                .sorted((a, b) -> Double.compare(score[b], score[a])).mapToInt(Integer::intValue).toArray();
        int positives = 0;
        for (boolean g : gold) {
            positives += g ? 1 : 0;
        }
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (gold[order[k]]) {
                tp++;
            } else {
                fp++;
            }
            if (k + 1 < order.length && score[order[k + 1]] == score[order[k]]) {
                continue;
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = score[order[k]];
            }
        }
        return best;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        int d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 0 : 2.0 * truePositives / d;
    }

    public double accuracy() {
        int n = truePositives + falsePositives + falseNegatives + trueNegatives;
        return n == 0 ? 0 : (double) (truePositives + trueNegatives) / n;
    }
}
