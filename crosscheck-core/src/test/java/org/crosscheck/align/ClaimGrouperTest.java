package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimGrouperTest {

    private final ClaimGrouper grouper = new ClaimGrouper();

    @Test
    void doesNotChainAThroughBToC() {
        // 0~1 and 1~2 match, 0 and 2 do not: complete link keeps 0 and 2 apart
        List<List<Integer>> groups = grouper.group(3, List.of(
                new ClaimGrouper.Pair(0, 1, 0.80),
                new ClaimGrouper.Pair(1, 2, 0.90)));
        assertThat(groups).containsExactly(List.of(0), List.of(1, 2));
    }

    @Test
    void mergesGroupsWhenEveryPairMatches() {
        List<List<Integer>> groups = grouper.group(4, List.of(
                new ClaimGrouper.Pair(0, 1, 0.80),
                new ClaimGrouper.Pair(1, 2, 0.90),
                new ClaimGrouper.Pair(0, 2, 0.75)));
        assertThat(groups).containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void givesTheSameGroupsWhateverTheOrderOfPairs() {
        List<ClaimGrouper.Pair> pairs = List.of(
                new ClaimGrouper.Pair(2, 3, 0.85),
                new ClaimGrouper.Pair(0, 1, 0.85),
                new ClaimGrouper.Pair(1, 2, 0.85));
        assertThat(grouper.group(4, pairs)).isEqualTo(grouper.group(4, List.of(pairs.get(2), pairs.get(1), pairs.get(0))))
                .containsExactly(List.of(0, 1), List.of(2, 3));
    }
}
