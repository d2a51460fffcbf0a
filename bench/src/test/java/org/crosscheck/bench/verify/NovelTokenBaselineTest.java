package org.crosscheck.bench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NovelTokenBaselineTest {

    private static final String ARTICLE = "The Oskarby council closed the Kessler bridge on Monday after 14 cracks were found.";

    @Test
    void flagsANewNameOrNumber() {
        assertThat(NovelTokenBaseline.inconsistent(ARTICLE, "The Velby council closed the bridge.")).isTrue();
        assertThat(NovelTokenBaseline.inconsistent(ARTICLE, "The council closed the bridge after 15 cracks were found.")).isTrue();
    }

    @Test
    void acceptsNewLowerCaseWordsButNotANewCapitalisedFirstWord() {
        assertThat(NovelTokenBaseline.inconsistent(ARTICLE, "Engineers say the council shut the Kessler bridge on monday.")).isTrue();
        assertThat(NovelTokenBaseline.inconsistent(ARTICLE, "The council shut the Kessler bridge on monday after 14 cracks.")).isFalse();
    }
}
