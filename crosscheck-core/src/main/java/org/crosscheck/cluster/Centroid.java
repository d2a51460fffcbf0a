package org.crosscheck.cluster;

import java.util.Arrays;

/** The sum of a story's unit vectors, kept sorted by term id, with its squared norm. Mutable. */
final class Centroid {

    private int[] ids = new int[0];
    private double[] sums = new double[0];
    private double normSq;
    /** Open-addressing table of positions + 1 in {@code ids} (0: empty), so a lookup costs the same for any centroid size. */
    private int[] slots = new int[0];

    /** Adds a vector (ids sorted). */
    void add(SparseVector v) {
        int[] a = ids;
        double[] s = sums;
        int[] outIds = new int[a.length + v.size()];
        double[] outSums = new double[outIds.length];
        int i = 0;
        int j = 0;
        int k = 0;
        double norm = 0;
        while (i < a.length || j < v.size()) {
            if (j >= v.size() || (i < a.length && a[i] < v.ids()[j])) {
                outIds[k] = a[i];
                outSums[k] = s[i++];
            } else if (i >= a.length || v.ids()[j] < a[i]) {
                outIds[k] = v.ids()[j];
                outSums[k] = v.weights()[j++];
            } else {
                outIds[k] = a[i];
                outSums[k] = s[i++] + v.weights()[j++];
            }
            norm += outSums[k] * outSums[k];
            k++;
        }
        ids = Arrays.copyOf(outIds, k);
        sums = Arrays.copyOf(outSums, k);
        normSq = norm;
        index();
    }

    private void index() {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length) * 2 - 1) << 1; // a power of two, under half full
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < ids.length; i++) {
            int at = mix(ids[i]) & mask;
            while (table[at] != 0) {
                at = (at + 1) & mask;
            }
            table[at] = i + 1;
        }
        slots = table;
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Position of a term id in {@code ids}, or -1. */
    private int find(int id) {
        int mask = slots.length - 1;
        int at = mix(id) & mask;
        for (int p = slots[at]; p != 0; p = slots[at]) {
            if (ids[p - 1] == id) {
                return p - 1;
            }
            at = (at + 1) & mask;
        }
        return -1;
    }

    /** Cosine of a unit vector with this centroid; 0 for an empty one. */
    double cosine(SparseVector v) {
        if (normSq == 0 || v.size() == 0) {
            return 0;
        }
        double dot = 0;
        if (ids.length < 2 * v.size()) { // sizes alike: walk both
            int i = 0;
            int j = 0;
            int[] vi = v.ids();
            while (i < ids.length && j < vi.length) {
                if (ids[i] == vi[j]) {
                    dot += sums[i++] * v.weights()[j++];
                } else if (ids[i] < vi[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot / Math.sqrt(normSq);
        }
        int[] vi = v.ids();
        double[] vw = v.weights();
        for (int t = 0; t < vi.length; t++) { // the terms in id order, as the walk above adds them
            int at = find(vi[t]);
            if (at >= 0) {
                dot += sums[at] * vw[t];
            }
        }
        return dot / Math.sqrt(normSq);
    }

    int size() {
        return ids.length;
    }
}
