package org.crosscheck.verify;

/**
 * What the verifier measures of one statement sentence against its evidence, the inputs of the
 * learned decision ({@link VerifyModel}). Shares are of the sentence's own words; flags are 0 or 1.
 */
public enum VerifyFeature {
    /** MiniLM cosine of the most similar source sentence. */
    BEST_COSINE(1),
    /** Mean cosine of the three most similar source sentences. */
    TOP3_COSINE(1),
    /** Share of the sentence's names, numbers and dates that the evidence does not state. */
    FACTS_UNSTATED_SHARE(-1),
    /** Names, numbers and dates that the evidence does not state. */
    FACTS_UNSTATED(-1),
    /** Share of the sentence's content words that the evidence neither states nor relates to (WordNet). */
    WORDS_UNSTATED_SHARE(-1),
    /** Content words that the evidence neither states nor relates to. */
    WORDS_UNSTATED(-1),
    /** Share of the content words that no sentence of any source states or relates to. */
    WORDS_UNSTATED_ANYWHERE_SHARE(-1),
    /** Share of the content words that the evidence states: as written, by lemma or stem, or through WordNet. */
    WORDS_STATED_SHARE(1),
    /**
     * Share of the content words that the evidence states only through a WordNet relation: of two
     * sentences stating as many words, the one that states them as written is the better supported.
     */
    WORDS_RELATED_SHARE(-1),
    /**
     * The sentence's main predicate (its dependency root) is neither stated nor related to by the
     * evidence, not counting words that modify a noun the sentence leaves out ("the falling tide"
     * does not report that "the ferry sank").
     */
    EVENT_UNSTATED(-1),
    /**
     * MiniLM cosine of the sentence's event word to its nearest content word of the evidence (a
     * verb's to its nearest verb that does not modify a noun the sentence leaves out), when the
     * evidence neither states nor relates to it (1 when it does, or the sentence has no event
     * word): "arrested" against a source that only says the chief "said" and "praised". For a verb
     * that acts on something, the larger of that and the cosine of its predicate phrase (the verb
     * with its objects, obliques and complements) to the nearest evidence verb's phrase: an event
     * told in another verb of the same things ("splattered paint on the road", "dumped paint in
     * front of the embassy") is reported.
     */
    EVENT_NEIGHBOUR(1),
    /** The best evidence shares no name, number, date or content lemma with the sentence. */
    NO_SHARED_ANCHOR(-1),
    /** The aligner's slot comparison finds a different date, number, person, place, organisation, action or polarity. */
    SLOT_CONFLICT(-1),
    /** The sentence denies what a close source sentence affirms. */
    DENIES_AFFIRMED(-1),
    /** The sentence denies something where no close source sentence denies anything. */
    ADDED_DENIAL(-1),
    /** The sentence affirms what the closest source sentence denies. */
    AFFIRMS_DENIED(-1),
    /** A word of the sentence is the WordNet antonym or negated form of a word of a close source sentence. */
    ANTONYM(-1),
    /** A name, number or date stands where the closest source sentence has another in the same slot. */
    SLOT_SWAP(-1),
    /** A word stands where the closest source sentence has its nearest kind ("red" for "blue"). */
    SUBSTITUTION(-1),
    /** Denying words ("not", "never") of the sentence: they may deny what a source denies too. */
    NEGATIONS(0),
    /** Source articles with a sentence at support similarity or closer. */
    AGREEING_SOURCES(1),
    /** The lowest, over the unstated content words, MiniLM cosine to their nearest evidence word (1 when none is unstated). */
    UNSTATED_NEIGHBOUR_MIN(1),
    /** The mean of the same cosines (1 when none is unstated). */
    UNSTATED_NEIGHBOUR_MEAN(1),
    /** Content words of the sentence, log(1 + n). */
    LENGTH(0),
    /** The rule-based verdict (the verifier before the model) is conflicting. */
    RULES_CONFLICTING(-1),
    /** The rule-based verdict is unsupported. */
    RULES_UNSUPPORTED(-1);

    private final int sign;

    VerifyFeature(int sign) {
        this.sign = sign;
    }

    /**
     * The sign a fitted weight may take, known before any data is seen: -1 when a higher value
     * speaks against the sentence, +1 when for it, 0 when it may do either. The model is fitted
     * under these signs ({@code bench/verify --train}), so that it cannot learn a dataset's
     * accident ("a summary that rewords a verb is consistent") as a rule of evidence.
     */
    public int sign() {
        return sign;
    }
}
