package org.crosscheck.spark.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories packed into partitions of about equal work, largest first; the heaviest partition first. */
class CostPartitionerTest {

    private static long[] loads(CostPartitioner p, Map<Integer, Long> costs) {
        long[] load = new long[p.numPartitions()];
        costs.forEach((story, cost) -> load[p.getPartition(story)] += cost);
        return load;
    }

    @Test
    void theBiggestStoriesAreSpreadAndTheSmallOnesFillTheGaps() {
        Map<Integer, Long> costs = new HashMap<>();
        // in report order the big stories come first, as one story of many articles often does
        costs.put(0, 900L);
        costs.put(1, 800L);
        costs.put(2, 700L);
        costs.put(3, 600L);
        for (int i = 4; i < 40; i++) {
            costs.put(i, 50L);
        }
        CostPartitioner p = CostPartitioner.of(costs, 4);
        long[] load = loads(p, costs);
        assertThat(load).hasSize(4);
        long max = java.util.Arrays.stream(load).max().orElseThrow();
        long min = java.util.Arrays.stream(load).min().orElseThrow();
        assertThat(max - min).as("loads %s", java.util.Arrays.toString(load)).isLessThanOrEqualTo(100);
        assertThat(load[0]).as("the heaviest partition comes first").isEqualTo(max);
        assertThat(p.getPartition(0)).isNotEqualTo(p.getPartition(1));
    }

    @Test
    void aStoryBiggerThanAllTheRestIsAloneAndNeverMorePartitionsThanStories() {
        Map<Integer, Long> costs = Map.of(0, 10L, 1, 10_000L, 2, 20L);
        CostPartitioner p = CostPartitioner.of(costs, 8);
        assertThat(p.numPartitions()).isEqualTo(3);
        assertThat(p.getPartition(1)).isEqualTo(0);
        assertThat(p.getPartition(0)).isNotEqualTo(p.getPartition(1));
        assertThat(p.getPartition(2)).isNotEqualTo(p.getPartition(1));
    }
}
