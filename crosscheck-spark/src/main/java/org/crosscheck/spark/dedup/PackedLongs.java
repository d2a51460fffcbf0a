package org.crosscheck.spark.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import scala.Tuple2;

/**
 * Numbers bound for the partitions of a shuffle, gathered by a task into one array per
 * partition: a shuffle of a few arrays instead of a record per number.
 */
final class PackedLongs {

    private final LongStream.Builder[] byPartition;

    /** @param partitions how many partitions the numbers are sent to */
    PackedLongs(int partitions) {
        byPartition = new LongStream.Builder[partitions];
    }

    /** Adds {@code value} to the array of the partition that {@code hash} picks. */
    void add(long hash, long value) {
        int partition = (int) Long.remainderUnsigned(hash, byPartition.length);
        if (byPartition[partition] == null) {
            byPartition[partition] = LongStream.builder();
        }
        byPartition[partition].add(value);
    }

    /** Each partition's array with its partition number as the key (for an identity {@code HashPartitioner}). */
    Iterator<Tuple2<Integer, long[]>> arrays() {
        List<Tuple2<Integer, long[]>> out = new ArrayList<>();
        for (int p = 0; p < byPartition.length; p++) {
            if (byPartition[p] != null) {
                out.add(new Tuple2<>(p, byPartition[p].build().toArray()));
            }
        }
        return out.iterator();
    }

    /** The numbers of all the arrays a partition received, sorted. */
    static long[] sorted(Iterator<Tuple2<Integer, long[]>> received) {
        List<long[]> arrays = new ArrayList<>();
        int total = 0;
        while (received.hasNext()) {
            long[] a = received.next()._2();
            arrays.add(a);
            total += a.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        Arrays.sort(all);
        return all;
    }
}
