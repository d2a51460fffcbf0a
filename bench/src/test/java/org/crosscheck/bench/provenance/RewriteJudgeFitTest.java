package org.crosscheck.bench.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.crosscheck.bench.fit.LogisticFit;
import org.crosscheck.bench.metric.BinaryScore;
import org.junit.jupiter.api.Test;

class RewriteJudgeFitTest {

    /** Labels drawn from a known logistic model over two features. */
    private static double[][] rows(int n, Random random, boolean[] y) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble()};
            double p = 1 / (1 + Math.exp(-(6 * x[i][0] - 4 * x[i][1] - 1)));
            y[i] = random.nextDouble() < p;
        }
        return x;
    }

    @Test
    void logisticFitRecoversTheSignsAndSizeOfKnownWeights() {
        boolean[] y = new boolean[4000];
        double[][] x = rows(4000, new Random(3), y);
        LogisticFit fit = LogisticFit.fit(x, y, 0.1);
        assertThat(fit.weights()[0]).isBetween(5.0, 7.0);
        assertThat(fit.weights()[1]).isBetween(-5.0, -3.0);
        assertThat(fit.bias()).isBetween(-1.7, -0.3);
    }

    @Test
    void crossValidationIsDeterministicAndBeatsChance() {
        boolean[] y = new boolean[600];
        double[][] x = rows(600, new Random(5), y);
        BinaryScore a = RewriteJudgeFit.crossValidate(x, y, 5, 11);
        BinaryScore b = RewriteJudgeFit.crossValidate(x, y, 5, 11);
        assertThat(a).isEqualTo(b);
        assertThat(a.truePositives() + a.falsePositives() + a.falseNegatives() + a.trueNegatives()).isEqualTo(600);
        assertThat(a.accuracy()).isGreaterThan(0.7);
    }

    @Test
    void foldsCoverEveryRowOnceInNearlyEqualParts() {
        int[] fold = RewriteJudgeFit.folds(103, 10, 1);
        int[] sizes = new int[10];
        for (int f : fold) {
            sizes[f]++;
        }
        for (int s : sizes) {
            assertThat(s).isBetween(10, 11);
        }
    }

    @Test
    void bestThresholdMaximisesF1() {
        double[] score = {0.9, 0.8, 0.7, 0.4, 0.3, 0.1};
        boolean[] gold = {true, true, false, true, false, false};
        double t = BinaryScore.bestThreshold(score, gold);
        assertThat(t).isEqualTo(0.4);
        BinaryScore s = BinaryScore.of(score, gold, t);
        assertThat(s.truePositives()).isEqualTo(3);
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(6.0 / 7.0);
    }
}
