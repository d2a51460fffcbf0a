package org.crosscheck.language;

/** {@link Lexicon} over WordNet 3.1 through extjwnl and its bundled data. */
public final class WordNetLexicon implements Lexicon {

    @Override
    public boolean areSynonyms(String lemmaA, String lemmaB, PartOfSpeech pos) {
        throw new UnsupportedOperationException("wordnet: not wired yet");
    }

    @Override
    public boolean areAntonyms(String lemmaA, String lemmaB, PartOfSpeech pos) {
        throw new UnsupportedOperationException("wordnet: not wired yet");
    }
}
