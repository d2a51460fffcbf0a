package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

    private final WordNetLexicon lexicon = new WordNetLexicon();

    @Test
    void findsVerbSynonymsThatShareASynset() {
        assertThat(lexicon.areSynonyms("close", "shut", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areSynonyms("announce", "declare", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areSynonyms("closed", "shut", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areSynonyms("open", "open", PartOfSpeech.VERB)).isTrue();
    }

    @Test
    void doesNotCallUnrelatedOrOppositeVerbsSynonyms() {
        assertThat(lexicon.areSynonyms("open", "close", PartOfSpeech.VERB)).isFalse();
        assertThat(lexicon.areSynonyms("injure", "kill", PartOfSpeech.VERB)).isFalse();
    }

    @Test
    void aKillingLeadsToDeathButNotToWounding() {
        assertThat(lexicon.leadsTo("kill", "die")).isTrue();
        assertThat(lexicon.leadsTo("killed", "die")).isTrue();
        assertThat(lexicon.leadsTo("die", "kill")).isFalse();
        assertThat(lexicon.leadsTo("wound", "kill")).isFalse();
        assertThat(lexicon.leadsTo("kill", "wound")).isFalse();
        // "these shoes are killing me" is a rare sense of "kill": its main sense does not hurt
        assertThat(lexicon.leadsTo("kill", "hurt")).isFalse();
    }

    @Test
    void aNounCanNameTheEventOppositeToAVerb() {
        assertThat(lexicon.namesOppositeEvent("win", "lose")).isTrue();
        assertThat(lexicon.namesOppositeEvent("fall", "rise")).isTrue();
        assertThat(lexicon.namesOppositeEvent("meeting", "lose")).isFalse();
        assertThat(lexicon.namesOppositeEvent("win", "win")).isFalse();
    }

    @Test
    void findsTheEverydayNewsAntonymsInWordNet() {
        assertThat(lexicon.areAntonyms("open", "close", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("rise", "fall", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("win", "lose", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("increase", "decrease", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("approve", "reject", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("reject", "approve", PartOfSpeech.VERB)).isTrue();
    }

    @Test
    void reducesInflectedFormsBeforeLookingUpAntonyms() {
        assertThat(lexicon.areAntonyms("closed", "opened", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("rose", "fell", PartOfSpeech.VERB)).isTrue();
        assertThat(lexicon.areAntonyms("closed", "open", PartOfSpeech.ADJECTIVE)).isTrue();
    }

    @Test
    void doesNotCallSynonymsOrUnrelatedVerbsAntonyms() {
        assertThat(lexicon.areAntonyms("close", "shut", PartOfSpeech.VERB)).isFalse();
        assertThat(lexicon.areAntonyms("say", "deny", PartOfSpeech.VERB)).isFalse();
        assertThat(lexicon.areAntonyms("open", "open", PartOfSpeech.VERB)).isFalse();
        assertThat(lexicon.areAntonyms("open", "xyzzyq", PartOfSpeech.VERB)).isFalse();
    }
}
