package org.crosscheck.language;

import java.util.Objects;

/**
 * A temporal expression as SUTime reads it: "last September" with value {@code 2023-09} when
 * the document date anchors it, {@code XXXX-09 OFFSET P-1Y} when nothing does.
 *
 * @param text       the characters as written
 * @param type       TIMEX3 type
 * @param value      TIMEX3 value ("2024-02-16", "2024-W07", "PRESENT_REF", "P3D"), or null
 * @param start      character offset in the text
 * @param end        character offset in the text, exclusive
 * @param firstToken index of its first token in the sentence
 * @param endToken   index after its last token in the sentence
 */
public record TimeMention(String text, TimexType type, String value, int start, int end,
                          int firstToken, int endToken) {

    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** True when the sentence token with this index belongs to the expression. */
    public boolean covers(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }
}
