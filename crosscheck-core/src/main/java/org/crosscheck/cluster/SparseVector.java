package org.crosscheck.cluster;

import java.util.Arrays;

/** A sparse vector: term ids in increasing order with their weights. Not copied: do not change the arrays. */
record SparseVector(int[] ids, double[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    /** The vector with ids sorted and weights divided by {@code norm} (left as they are when it is zero). */
    static SparseVector sortedUnit(int[] ids, double[] weights, double norm) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] sortedIds = new int[ids.length];
        double[] sortedWeights = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedWeights[i] = norm == 0 ? weights[order[i]] : weights[order[i]] / norm;
        }
        return new SparseVector(sortedIds, sortedWeights);
    }

    int size() {
        return ids.length;
    }
}
