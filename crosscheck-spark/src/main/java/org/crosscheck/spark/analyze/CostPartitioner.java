package org.crosscheck.spark.analyze;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.spark.Partitioner;

/**
 * Puts stories into partitions of about equal analysis work: each story's estimated cost is
 * given, and the stories are assigned largest first, each to the partition with the least work
 * so far (greedy longest-processing-time packing). The partitions are numbered by decreasing
 * work, so that Spark, which starts them in that order, begins with the heaviest ones.
 */
public final class CostPartitioner extends Partitioner {

    private final int partitions;
    private final Map<Integer, Integer> assigned;

    private CostPartitioner(int partitions, Map<Integer, Integer> assigned) {
        this.partitions = partitions;
        this.assigned = assigned;
    }

    /**
     * @param costs      each story's estimated cost, by story index
     * @param partitions how many partitions at most (fewer when there are fewer stories)
     */
    public static CostPartitioner of(Map<Integer, Long> costs, int partitions) {
        int n = Math.max(1, Math.min(partitions, costs.size()));
        List<Map.Entry<Integer, Long>> largestFirst = costs.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        long[] load = new long[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(Comparator.<Integer>comparingLong(b -> load[b]).thenComparingInt(b -> b));
        for (int b = 0; b < n; b++) {
            lightest.add(b);
        }
        Map<Integer, Integer> bin = new java.util.HashMap<>();
        for (Map.Entry<Integer, Long> story : largestFirst) {
            int b = lightest.poll();
            bin.put(story.getKey(), b);
            load[b] += Math.max(1, story.getValue());
            lightest.add(b);
        }
        Integer[] byLoad = new Integer[n];
        for (int b = 0; b < n; b++) {
            byLoad[b] = b;
        }
        Arrays.sort(byLoad, Comparator.<Integer>comparingLong(b -> -load[b]).thenComparingInt(b -> b));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byLoad[r]] = r;
        }
        Map<Integer, Integer> assigned = new java.util.HashMap<>();
        bin.forEach((story, b) -> assigned.put(story, rank[b]));
        return new CostPartitioner(n, assigned);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        Integer b = assigned.get((Integer) key);
        return b != null ? b : Math.floorMod(key.hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CostPartitioner p && p.partitions == partitions && p.assigned.equals(assigned);
    }

    @Override
    public int hashCode() {
        return 31 * partitions + assigned.hashCode();
    }
}
