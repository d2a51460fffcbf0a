package org.crosscheck.language;

import java.util.Set;

/**
 * Word relations for comparing claims: whether two lemmas mean the same or the opposite.
 * Backed by WordNet ({@code WordNetLexicon}); a seam so tests and other languages can supply
 * their own.
 */
public interface Lexicon {

    /** Parts of speech the lexicon distinguishes. */
    enum PartOfSpeech { NOUN, VERB, ADJECTIVE, ADVERB }

    /** True when the two lemmas share a sense (or are equal). */
    boolean areSynonyms(String lemmaA, String lemmaB, PartOfSpeech pos);

    /** True when the two lemmas share a sense in some part of speech ("building" and "edifice"). */
    default boolean areSynonymsInSomePart(String lemmaA, String lemmaB) {
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            if (areSynonyms(lemmaA, lemmaB, pos)) {
                return true;
            }
        }
        return false;
    }

    /** True when a sense of one is recorded as the antonym of a sense of the other. */
    boolean areAntonyms(String lemmaA, String lemmaB, PartOfSpeech pos);

    /** True when the lexicon knows the word (or a base form of it) in this part of speech. */
    boolean isWord(String word, PartOfSpeech pos);

    /**
     * The word, lower-cased, with every base form the lexicon gives it in this part of speech
     * ("said" gives "said" and "say"); a lexicon without morphology gives the word alone.
     */
    default Set<String> baseForms(String word, PartOfSpeech pos) {
        return Set.of(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * True when the lexicon records the place as lying within the other ("Athens" within
     * "Greece", "Brooklyn" within "New York City"); false when it knows neither.
     */
    default boolean isWithin(String place, String whole) {
        return false;
    }

    /**
     * True when the adjective is the form of the noun that a name may take ("naval" for "navy",
     * "Ukrainian" for "Ukraine"): WordNet records it as pertaining to a sense of the noun. False
     * when the lexicon cannot tell.
     */
    default boolean pertainsTo(String adjective, String noun) {
        return false;
    }

    /**
     * True when the noun names the event the verb names ("summit" or "meeting" for "meet",
     * "killing" for "kill", "acquisition" for "acquire"): a noun derived from a sense of the verb
     * is one of the noun's senses or a broader sense of it. False when the lexicon cannot tell.
     */
    default boolean namesEvent(String noun, String verb) {
        return false;
    }

    /**
     * True when the noun's most frequent sense is a kind of a sense of the broader noun, within {@code steps}
     * hypernym steps ("villager" of "person", "rifle" of "weapon"); false when the lexicon cannot tell.
     */
    default boolean isKindOf(String noun, String broader, int steps) {
        return false;
    }

    /**
     * True when a sense of the verb is a kind of a sense of the broader verb, within {@code steps}
     * hypernym steps ("shoot" in the sense of killing by firing is a way to "kill"); false when the
     * lexicon cannot tell.
     */
    default boolean isKindOfAction(String verb, String broader, int steps) {
        return false;
    }

    /**
     * True when what the verb names brings about or includes what the other names: its most
     * frequent sense causes, entails or is a kind of a sense of the other within two steps ("kill" causes "die",
     * "drown" is a way to "die"). "Wound" and "kill" lead to neither. False when the lexicon
     * cannot tell.
     */
    default boolean leadsTo(String verb, String other) {
        return false;
    }
}
