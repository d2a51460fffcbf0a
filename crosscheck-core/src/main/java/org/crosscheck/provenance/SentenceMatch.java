package org.crosscheck.provenance;

import java.util.Objects;
import org.crosscheck.language.TextSpan;

/**
 * A sentence of one text and the sentence of another text that contains most of its character
 * n-grams.
 *
 * @param sentence    the sentence, with its offsets in its own article's text
 * @param best        the best-matching sentence of the other article
 * @param containment share of {@code sentence}'s n-grams found in {@code best}, 0 to 1
 * @param reused      true when the sentence counts as reused: copied, or rewritten
 * @param rewrite     true when the rewrite judge, not the containment alone, found it reused
 */
public record SentenceMatch(TextSpan sentence, TextSpan best, double containment, boolean reused, boolean rewrite) {

    public SentenceMatch {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(best, "best");
        if (containment < 0 || containment > 1) {
            throw new IllegalArgumentException("containment out of [0,1]: " + containment);
        }
    }
}
