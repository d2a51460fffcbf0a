package org.crosscheck.bench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BalancedAccuracyTest {

    @Test
    void isTheMeanOfTheTwoRecalls() {
        boolean[] gold = {true, true, true, true, false, false};
        boolean[] predicted = {true, true, true, false, false, true};
        BalancedAccuracy ba = BalancedAccuracy.of(predicted, gold);
        assertThat(ba.inconsistentRecall()).isEqualTo(0.75);
        assertThat(ba.consistentRecall()).isEqualTo(0.5);
        assertThat(ba.percent()).isCloseTo(62.5, within(1e-9));
    }

    @Test
    void oneClassAlwaysScoresFifty() {
        boolean[] gold = {true, false, false, true, true};
        assertThat(BalancedAccuracy.of(new boolean[] {true, true, true, true, true}, gold).percent()).isEqualTo(50.0);
        assertThat(BalancedAccuracy.of(new boolean[5], gold).percent()).isEqualTo(50.0);
    }
}
