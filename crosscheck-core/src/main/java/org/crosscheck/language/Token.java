package org.crosscheck.language;

import java.util.Objects;

/**
 * One token of an annotated sentence.
 *
 * @param index      position in its sentence, from 0
 * @param text       the characters as written in the text ({@code text.substring(start, end)})
 * @param lemma      the lemma ("injure" for "injured")
 * @param tag        Penn Treebank part-of-speech tag ("VBD", "NNP", "CD")
 * @param ner        coarse named-entity class (PERSON, DATE, NUMBER) or {@link NerTag#NONE}
 * @param normalized normalised value of a numeric or temporal tag ("14.0", "$2500000.0"), or null
 * @param start      character offset in the text
 * @param end        character offset in the text, exclusive
 */
public record Token(int index, String text, String lemma, String tag, NerTag ner, String normalized,
                    int start, int end) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(ner, "ner");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
    }

    /** True for verbs (any VB* tag, modals excluded). */
    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    /** True for punctuation and symbols that are not words. */
    public boolean isPunctuation() {
        return !text.isEmpty() && text.chars().noneMatch(Character::isLetterOrDigit);
    }
}
