package org.crosscheck.spark.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * The partitioner of a dataset whose partitions hold ranges of reading numbers, in order (the
 * extraction tasks number their articles so): number {@code n} is in the partition whose range
 * holds it, so that what is keyed by number can be sent where the numbered records already are.
 */
final class ReadingRanges extends Partitioner {

    private final int partitions;
    private final long[] starts;
    private final int[] partitionOf;

    private ReadingRanges(int partitions, long[] starts, int[] partitionOf) {
        this.partitions = partitions;
        this.starts = starts;
        this.partitionOf = partitionOf;
    }

    /**
     * @param ranges each partition's {lowest, highest} number, in partition order (an empty array
     *               for an empty partition)
     * @return the partitioner, or null when the ranges overlap or are out of order
     */
    static ReadingRanges of(List<long[]> ranges) {
        List<long[]> held = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (int p = 0; p < ranges.size(); p++) {
            long[] r = ranges.get(p);
            if (r.length == 0) {
                continue;
            }
            if (r[0] <= last) {
                return null;
            }
            last = r[1];
            held.add(new long[] {r[0], p});
        }
        long[] starts = new long[held.size()];
        int[] partitionOf = new int[held.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = held.get(i)[0];
            partitionOf[i] = (int) held.get(i)[1];
        }
        return new ReadingRanges(Math.max(1, ranges.size()), starts, partitionOf);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        int i = Arrays.binarySearch(starts, (Long) key);
        int at = i >= 0 ? i : -i - 2;
        return at < 0 ? 0 : partitionOf[at];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadingRanges r && r.partitions == partitions && Arrays.equals(r.starts, starts)
                && Arrays.equals(r.partitionOf, partitionOf);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + partitions;
    }
}
