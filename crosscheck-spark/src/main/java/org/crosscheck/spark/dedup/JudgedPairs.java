package org.crosscheck.spark.dedup;

import java.io.Serializable;
import java.util.Arrays;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;

/**
 * The near-duplicate pairs a task found, by the reading numbers of their two articles, in
 * arrays: what goes back to the driver is a few arrays a partition, not a record a pair (the
 * driver knows each number's article id).
 */
final class JudgedPairs implements Serializable {

    private long[] pairs = new long[16];
    private double[] jaccards = new double[16];
    private boolean[] exact = new boolean[16];
    private int size;

    /** Adds the pair when the exact test of {@link NearDuplicateIndex#judge} finds it a near-duplicate. */
    void judge(DedupSettings settings, long later, Fingerprint laterPrint, long earlier, Fingerprint earlierPrint) {
        NearDuplicate pair = NearDuplicateIndex.judge(settings, laterPrint, earlierPrint);
        if (pair != null) {
            add(later << 32 | earlier, pair.jaccard(), pair.exact());
        }
    }

    /** Adds every pair of {@code other}. */
    void addAll(JudgedPairs other) {
        for (int i = 0; i < other.size; i++) {
            add(other.pairs[i], other.jaccards[i], other.exact[i]);
        }
    }

    private void add(long pair, double jaccard, boolean isExact) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
            jaccards = Arrays.copyOf(jaccards, size * 2);
            exact = Arrays.copyOf(exact, size * 2);
        }
        pairs[size] = pair;
        jaccards[size] = jaccard;
        exact[size] = isExact;
        size++;
    }

    int size() {
        return size;
    }

    /** The later article's reading number of pair {@code i}. */
    long later(int i) {
        return pairs[i] >>> 32;
    }

    /** The earlier article's reading number of pair {@code i}. */
    long earlier(int i) {
        return pairs[i] & 0xFFFFFFFFL;
    }

    double jaccard(int i) {
        return jaccards[i];
    }

    boolean exact(int i) {
        return exact[i];
    }
}
