package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Language codes from OpenNLP's detector, mapped to ISO 639-1, and no answer for short or unsure texts. */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void detectsEnglishProse() {
        assertThat(DETECTOR.detect("The island council said on Thursday that the harbour wall, damaged in the "
                + "January storms, would be repaired before the summer ferries begin.")).contains("en");
    }

    @Test
    void detectsAShortGermanParagraphAsDe() {
        assertThat(DETECTOR.detect("Die Fähre zwischen dem Festland und der Insel fährt seit Sonntag nicht mehr, "
                + "weil die Besatzung wegen neuer Dienstpläne streikt.")).contains("de");
    }

    @Test
    void detectsASpanishParagraphAsEs() {
        assertThat(DETECTOR.detect("El sindicato afirmó que las negociaciones habían fracasado por segunda vez "
                + "el sábado por la noche y que la huelga duraría al menos tres días.")).contains("es");
    }

    @Test
    void givesNoAnswerForTextShorterThanTheFloor() {
        assertThat(DETECTOR.detect("Ferry strike ends")).isEmpty();
        assertThat(DETECTOR.detect(null)).isEmpty();
    }

    @Test
    void givesNoAnswerForDigitsAndSymbols() {
        assertThat(DETECTOR.detect("1234 5678 91011 ++ -- 2024-02-18 12:30 | 44.5% / 17 ## 99 ** 3141")).isEmpty();
    }
}
