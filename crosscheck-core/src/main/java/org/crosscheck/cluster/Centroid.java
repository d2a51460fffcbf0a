package org.crosscheck.cluster;

import java.util.Arrays;

/** The sum of a story's unit vectors, kept sorted by term id, with its squared norm. Mutable. */
final class Centroid {

    private int[] ids = new int[0];
    private double[] sums = new double[0];
    private double normSq;
    /**
     * The same sums in an open-addressing table (term id + 1, 0 for empty, beside its sum), so a
     * lookup costs the same for any centroid size.
     */
    private int[] slotIds = NONE;
    private double[] slotSums;
    /** Smaller centroids are only walked, and keep no table. */
    private static final int HASHED_FROM = 64;
    private static final int[] NONE = new int[0];

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
        if (ids.length < HASHED_FROM) {
            slotIds = NONE;
            slotSums = null;
            return;
        }
        int capacity = Integer.highestOneBit(Math.max(4, ids.length) * 2 - 1) << 1; // a power of two, under half full
        int[] keys = new int[capacity];
        double[] values = new double[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < ids.length; i++) {
            int at = mix(ids[i]) & mask;
            while (keys[at] != 0) {
                at = (at + 1) & mask;
            }
            keys[at] = ids[i] + 1;
            values[at] = sums[i];
        }
        slotIds = keys;
        slotSums = values;
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Cosine of a unit vector with this centroid; 0 for an empty one. */
    double cosine(SparseVector v) {
        if (normSq == 0 || v.size() == 0) {
            return 0;
        }
        double dot = 0;
        if (slotIds.length == 0 || ids.length < 2 * v.size()) { // small or sizes alike: walk both
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
        int[] keys = slotIds;
        int mask = keys.length - 1;
        for (int t = 0; t < vi.length; t++) { // the terms in id order, as the walk above adds them
            int key = vi[t] + 1;
            int at = mix(vi[t]) & mask;
            for (int k = keys[at]; k != 0; k = keys[at]) {
                if (k == key) {
                    dot += slotSums[at] * vw[t];
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        return dot / Math.sqrt(normSq);
    }

    int size() {
        return ids.length;
    }
}
