package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NegationWordsTest {

    private final NegationWords words = new NegationWords(AlignmentSettings.defaults().editNegationWords());

    @Test
    void aContractionCountsHoweverItIsWritten() {
        assertThat(words.count("Smith didn't return a call.")).isEqualTo(1);
        assertThat(words.count("Smith didn \u2019 t return a call.")).isEqualTo(1);
        assertThat(words.count("Smith didn ' t return a call.")).isEqualTo(1);
        assertThat(words.count("I cant speak for the first death.")).isEqualTo(1);
        assertThat(words.count("Smith returned a call.")).isZero();
    }

    @Test
    void onlyListedWordsCount() {
        assertThat(new NegationWords(Set.of("not")).count("It was not never so.")).isEqualTo(1);
    }
}
