package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void lowercasesStripsPunctuationAndCollapsesWhitespace() {
        assertThat(normalizer.normalize("  The Mayor's  OFFICE,\n\tsaid: \"No comment!\" "))
                .isEqualTo("the mayors office said no comment");
    }

    @Test
    void foldsCompatibilityCharactersWithNfkc() {
        assertThat(normalizer.normalize("ﬁre at Ｂｌｏｃｋ ２")).isEqualTo("fire at block 2");
    }

    @Test
    void givesEmptyTextForPunctuationOnly() {
        assertThat(normalizer.normalize(" -- ... !!")).isEmpty();
        assertThat(normalizer.words("")).isEmpty();
    }
}
