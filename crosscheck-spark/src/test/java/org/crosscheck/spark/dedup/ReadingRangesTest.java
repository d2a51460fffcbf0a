package org.crosscheck.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingRangesTest {

    @Test
    void aNumberGoesToThePartitionWhoseRangeHoldsIt() {
        ReadingRanges ranges = ReadingRanges.of(List.of(new long[] {0, 4}, new long[0], new long[] {5, 5}, new long[] {6, 99}));
        assertThat(ranges.numPartitions()).isEqualTo(4);
        assertThat(List.of(0L, 4L, 5L, 6L, 50L, 99L)).extracting(ranges::getPartition).containsExactly(0, 0, 2, 3, 3, 3);
    }

    @Test
    void rangesThatOverlapOrRunBackwardsGiveNone() {
        assertThat(ReadingRanges.of(List.of(new long[] {0, 10}, new long[] {5, 20}))).isNull();
        assertThat(ReadingRanges.of(List.of(new long[] {10, 20}, new long[] {0, 5}))).isNull();
    }
}
