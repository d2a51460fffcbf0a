package org.crosscheck.verify;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.Token;

/** What kind of checkable word a token is: a name, a number, a date word, a content word, or none. */
enum WordClass {
    NAME, NUMBER, DATE, CONTENT, NONE;

    private static final Set<NerTag> NAME_TAGS = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION, NerTag.LOCATION,
            NerTag.MISC, NerTag.CITY, NerTag.COUNTRY, NerTag.STATE_OR_PROVINCE, NerTag.NATIONALITY);
    private static final Set<NerTag> NUMBER_TAGS = EnumSet.of(NerTag.NUMBER, NerTag.MONEY, NerTag.PERCENT, NerTag.ORDINAL);
    private static final Set<NerTag> DATE_TAGS = EnumSet.of(NerTag.DATE, NerTag.TIME);

    /**
     * The class of a token. {@code sentenceStart} tells a capital that only starts the sentence
     * from one that marks a name.
     */
    static WordClass of(Token t, boolean sentenceStart, Set<String> functionWords,
                        org.apache.lucene.analysis.CharArraySet stopWords) {
        if (t.isPunctuation()) {
            return NONE;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (DATE_TAGS.contains(t.ner()) && (t.tag().startsWith("NNP") || t.tag().equals("CD"))) {
            return DATE;
        }
        if (NUMBER_TAGS.contains(t.ner()) || t.tag().equals("CD")) {
            return NUMBER;
        }
        if (functionWords.contains(lemma) || stopWords.contains(lemma) || stopWords.contains(t.text())) {
            return NONE;
        }
        boolean capital = Character.isUpperCase(t.text().codePointAt(0));
        if (NAME_TAGS.contains(t.ner()) || t.tag().startsWith("NNP") || (capital && !sentenceStart && !t.text().equals("I"))) {
            return NAME;
        }
        return partOfSpeech(t).isPresent() ? CONTENT : NONE;
    }

    /** WordNet's part of speech for a Penn tag; empty for the others. */
    static Optional<PartOfSpeech> partOfSpeech(Token t) {
        String tag = t.tag();
        if (tag.startsWith("NN")) {
            return Optional.of(PartOfSpeech.NOUN);
        }
        if (tag.startsWith("VB")) {
            return Optional.of(PartOfSpeech.VERB);
        }
        if (tag.startsWith("JJ")) {
            return Optional.of(PartOfSpeech.ADJECTIVE);
        }
        if (tag.startsWith("RB")) {
            return Optional.of(PartOfSpeech.ADVERB);
        }
        return Optional.empty();
    }
}
