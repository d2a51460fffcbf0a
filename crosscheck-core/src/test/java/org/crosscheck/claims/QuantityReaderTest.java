package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    @Test
    void readsTheNumberOfANormalisedValue() {
        assertThat(QuantityReader.value("$2500000.0")).contains(2_500_000.0);
        assertThat(QuantityReader.value("%12.0")).contains(12.0);
        assertThat(QuantityReader.value(">=14.0")).contains(14.0);
        assertThat(QuantityReader.value("1.4E7")).contains(14_000_000.0);
        assertThat(QuantityReader.value("about")).isEmpty();
    }
}
