package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.junit.jupiter.api.Test;

class NegatedFormTest {

    @Test
    void unAndNonNegateAnyWord() {
        assertThat(NegatedForm.of("uncontrolled", "controlled", PartOfSpeech.ADJECTIVE)).isTrue();
        assertThat(NegatedForm.of("unpopularity", "popularity", PartOfSpeech.NOUN)).isTrue();
        assertThat(NegatedForm.of("non-binding", "binding", PartOfSpeech.ADJECTIVE)).isTrue();
        assertThat(NegatedForm.of("controlled", "uncontrolled", PartOfSpeech.ADJECTIVE)).isFalse();
    }

    @Test
    void latinPrefixesNegateOnlyAdjectives() {
        assertThat(NegatedForm.of("impossible", "possible", PartOfSpeech.ADJECTIVE)).isTrue();
        assertThat(NegatedForm.of("dishonest", "honest", PartOfSpeech.ADJECTIVE)).isTrue();
        assertThat(NegatedForm.of("inform", "form", PartOfSpeech.VERB)).isFalse();
        assertThat(NegatedForm.of("discover", "cover", PartOfSpeech.VERB)).isFalse();
    }

    @Test
    void shortStemsAndOtherPrefixesAreNotNegations() {
        assertThat(NegatedForm.of("undo", "do", PartOfSpeech.VERB)).isFalse();
        assertThat(NegatedForm.of("rebuild", "build", PartOfSpeech.VERB)).isFalse();
        assertThat(NegatedForm.of("known", "known", PartOfSpeech.ADJECTIVE)).isFalse();
    }
}
