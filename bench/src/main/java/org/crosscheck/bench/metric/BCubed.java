package org.crosscheck.bench.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores against gold labels: B-cubed (Bagga and Baldwin 1998) and pairwise
 * precision, recall and F1. B-cubed precision of an item is the share of its predicted cluster
 * that shares its gold label, recall the share of its gold cluster that shares its predicted
 * cluster; both are averaged over items. Pairwise scores count item pairs put together.
 */
public final class BCubed {

    /** Precision, recall and F1 (0 when both are 0). */
    public record Score(double precision, double recall, double f1) {

        static Score of(double p, double r) {
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private BCubed() {
    }

    /** B-cubed of predicted against gold labels, item by item (both lists in the same item order). */
    public static Score bcubed(List<String> predicted, List<String> gold) {
        check(predicted, gold);
        Map<String, Integer> predSize = sizes(predicted);
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.size(); i++) {
            int common = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += (double) common / predSize.get(predicted.get(i));
            r += (double) common / goldSize.get(gold.get(i));
        }
        int n = predicted.size();
        return n == 0 ? Score.of(0, 0) : Score.of(p / n, r / n);
    }

    /** Pairwise precision, recall and F1: over unordered pairs of items. */
    public static Score pairwise(List<String> predicted, List<String> gold) {
        check(predicted, gold);
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double together = pairs(both);
        double predPairs = pairs(sizes(predicted));
        double goldPairs = pairs(sizes(gold));
        return Score.of(predPairs == 0 ? 0 : together / predPairs, goldPairs == 0 ? 0 : together / goldPairs);
    }

    /** Number of distinct labels. */
    public static int clusters(List<String> labels) {
        return sizes(labels).size();
    }

    private static double pairs(Map<String, Integer> sizes) {
        double sum = 0;
        for (int s : sizes.values()) {
            sum += s * (s - 1) / 2.0;
        }
        return sum;
    }

    private static Map<String, Integer> sizes(List<String> labels) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String l : labels) {
            sizes.merge(l, 1, Integer::sum);
        }
        return sizes;
    }

    private static void check(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold label lists differ in length");
        }
    }
}
