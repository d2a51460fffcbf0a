package org.crosscheck.cluster;

/** A sparse vector: term ids in increasing order with their weights. Not copied: do not change the arrays. */
record SparseVector(int[] ids, double[] weights) {

    int size() {
        return ids.length;
    }
}
