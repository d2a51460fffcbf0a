package org.crosscheck.bench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void perfectClusteringScoresOne() {
        BCubed.Score s = BCubed.bcubed(List.of("x", "x", "y"), List.of("a", "a", "b"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void oneClusterForAllHasFullRecallAndLowPrecision() {
        // gold {1,2} {3,4,5}; all in one: precision (2*2/5 + 3*3/5)/5 = 13/25
        BCubed.Score s = BCubed.bcubed(List.of("x", "x", "x", "x", "x"), List.of("a", "a", "b", "b", "b"));
        assertThat(s.precision()).isCloseTo(13.0 / 25, within(1e-12));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(2 * 0.52 / 1.52, within(1e-12));
    }

    @Test
    void singletonsHaveFullPrecisionAndLowRecall() {
        BCubed.Score s = BCubed.bcubed(List.of("1", "2", "3", "4"), List.of("a", "a", "a", "b"));
        assertThat(s.precision()).isEqualTo(1.0);
        // recall: three items of a score 1/3 each, the item of b scores 1
        assertThat(s.recall()).isCloseTo((3 * (1.0 / 3) + 1) / 4, within(1e-12));
    }

    @Test
    void mixedExampleByHand() {
        // predicted {1,2,3} {4,5}; gold {1,2} {3,4,5}
        List<String> pred = List.of("p", "p", "p", "q", "q");
        List<String> gold = List.of("a", "a", "b", "b", "b");
        BCubed.Score s = BCubed.bcubed(pred, gold);
        // precision: 2/3, 2/3, 1/3, 1, 1 -> 11/15; recall: 1, 1, 1/3, 2/3, 2/3 -> 11/15
        assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-12));
        // pairs put together: 3 + 1 = 4, right: (1,2) and (4,5) = 2; gold pairs: 1 + 3 = 4
        BCubed.Score pw = BCubed.pairwise(pred, gold);
        assertThat(pw.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(pw.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(BCubed.clusters(pred)).isEqualTo(2);
    }
}
