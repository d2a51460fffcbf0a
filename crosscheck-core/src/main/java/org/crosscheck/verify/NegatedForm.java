package org.crosscheck.verify;

import java.util.List;
import java.util.Locale;
import org.crosscheck.language.Lexicon.PartOfSpeech;

/**
 * Words made opposite by a negating prefix: "unsurprising" for "surprising", "nonprofit" for
 * "profit", "impossible" for "possible". "un-" and "non-" negate any word; "in-", "im-", "il-",
 * "ir-" and "dis-" only adjectives, as in other words they seldom negate ("inform", "discover").
 */
final class NegatedForm {

    private static final List<String> ANY_WORD = List.of("un", "non-", "non");
    private static final List<String> ADJECTIVES = List.of("in", "im", "il", "ir", "dis");
    /** Shorter stems make chance pairs ("undo", "do"). */
    private static final int MIN_STEM = 4;

    private NegatedForm() {
    }

    /** {@code negated} is {@code word} with a negating prefix. */
    static boolean of(String negated, String word, PartOfSpeech pos) {
        String n = negated.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_STEM || !n.endsWith(w)) {
            return false;
        }
        String prefix = n.substring(0, n.length() - w.length());
        return ANY_WORD.contains(prefix) || (pos == PartOfSpeech.ADJECTIVE && ADJECTIVES.contains(prefix));
    }
}
