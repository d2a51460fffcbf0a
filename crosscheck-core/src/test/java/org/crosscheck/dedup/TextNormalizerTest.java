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

    @Test
    void asciiTextsNormaliseAsThroughNfkcAndLowerCase() {
        java.util.Random random = new java.util.Random(9);
        for (int t = 0; t < 2000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                s.append((char) random.nextInt(128));
            }
            String ascii = s.toString();
            // the general path, forced by a trailing non-ASCII space that it removes
            assertThat(normalizer.normalize(ascii)).isEqualTo(normalizer.normalize(ascii + "\u00a0"));
        }
    }
}
