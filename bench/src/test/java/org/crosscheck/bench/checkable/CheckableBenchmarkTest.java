package org.crosscheck.bench.checkable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckableBenchmarkTest {

    @Test
    void theThresholdIsTheHighestThatKeepsTheTargetShareOfCheckableRows() {
        double[] p = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.05};
        boolean[] y = {true, true, true, true, true, true, true, true, true, true, false};
        // ten checkable rows: keeping 0.9 of them drops only the lowest (0.1)
        assertThat(CheckableBenchmark.thresholdForRecall(p, y, 0.9)).isEqualTo(0.2);
        assertThat(CheckableBenchmark.thresholdForRecall(p, y, 1.0)).isEqualTo(0.1);
        assertThat(CheckableBenchmark.thresholdForRecall(p, y, 0.5)).isEqualTo(0.6);
    }

    @Test
    void foldsKeepEverySentenceOfAPageTogether() {
        String[] pages = {"a", "b", "a", "c", "d", "b", "e", "a", "f", "c"};
        int[] fold = CheckableBenchmark.folds(pages, 3, 16);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < pages.length; i++) {
            Integer before = seen.putIfAbsent(pages[i], fold[i]);
            assertThat(before == null || before == fold[i]).as(pages[i]).isTrue();
        }
        assertThat(seen.values()).contains(0, 1, 2);
        assertThat(CheckableBenchmark.folds(pages, 3, 16)).containsExactly(fold);
    }
}
