package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.language.NerTag;
import org.crosscheck.language.Token;
import org.junit.jupiter.api.Test;

class SlotCheckTest {

    private static Token token(String text) {
        return new Token(0, text, text, "NNP", NerTag.ORGANIZATION, null, 0, text.length());
    }

    @Test
    void capitalInitialsMayStandForAName() {
        assertThat(SlotCheck.abbreviates(token("EU"), token("European"))).isTrue();
        assertThat(SlotCheck.abbreviates(token("U.K."), token("United"))).isTrue();
    }

    @Test
    void otherNamesAreNotAbbreviations() {
        assertThat(SlotCheck.abbreviates(token("EU"), token("Parliament"))).isFalse();
        assertThat(SlotCheck.abbreviates(token("Biden"), token("Blinken"))).isFalse();
        assertThat(SlotCheck.abbreviates(token("EU"), token("EU"))).isFalse();
    }
}
