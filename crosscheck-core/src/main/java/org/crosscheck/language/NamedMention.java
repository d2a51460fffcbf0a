package org.crosscheck.language;

import java.util.Objects;

/**
 * A named entity or numeric expression found by the tagger: "Ingrid Halvorsen" (PERSON),
 * "$2.5 million" (MONEY), "14" (NUMBER).
 *
 * @param text       the characters as written
 * @param type       coarse class: PERSON, ORGANIZATION, LOCATION, MISC, NUMBER, MONEY, PERCENT, ORDINAL, ...
 * @param normalized normalised value for numeric types ("$2500000.0"), or null
 * @param start      character offset in the text
 * @param end        character offset in the text, exclusive
 * @param firstToken index of its first token in the sentence
 * @param endToken   index after its last token in the sentence
 */
public record NamedMention(String text, NerTag type, String normalized, int start, int end,
                           int firstToken, int endToken) {

    public NamedMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad token range " + firstToken + ".." + endToken);
        }
    }

    /** True when the sentence token with this index belongs to the mention. */
    public boolean covers(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }
}
