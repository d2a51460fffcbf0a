package org.crosscheck.cluster;

import java.util.Arrays;

/** The sum of a story's unit vectors, kept sorted by term id, with its squared norm. Mutable. */
final class Centroid {

    private int[] ids = new int[0];
    private double[] sums = new double[0];
    private double normSq;

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
    }

    /** Cosine of a unit vector with this centroid; 0 for an empty one. */
    double cosine(SparseVector v) {
        if (normSq == 0 || v.size() == 0) {
            return 0;
        }
        double dot = 0;
        if (ids.length < 8 * v.size()) { // sizes alike: walk both
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
        int from = 0; // galloping search: the query ids rise, so each lookup starts where the last ended
        int[] vi = v.ids();
        double[] vw = v.weights();
        for (int t = 0; t < vi.length && from < ids.length; t++) {
            int id = vi[t];
            int step = 1;
            int hi = from;
            while (hi < ids.length && ids[hi] < id) {
                from = hi + 1;
                hi += step;
                step <<= 1;
            }
            int at = Arrays.binarySearch(ids, from, Math.min(hi + 1, ids.length), id);
            if (at >= 0) {
                dot += sums[at] * vw[t];
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return dot / Math.sqrt(normSq);
    }

    int size() {
        return ids.length;
    }
}
