package org.crosscheck.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as near-duplicate detection compares it: Unicode NFKC, lower case, punctuation and
 * symbols removed (apostrophes inside words dropped so "mayor's" and "mayors" meet), runs of
 * whitespace collapsed to one space, trimmed.
 */
public final class TextNormalizer {

    /** The normalised form of a text; empty when it has no letters or digits. */
    public String normalize(String text) {
        if (isAscii(text)) {
            return normalizeAscii(text);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
            } else if (isApostrophe(cp)) {
                continue; // joins "o'brien" and "obrien"
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * The same result for an all-ASCII text without NFKC and a lower-cased copy: NFKC leaves
     * ASCII as it is, and ASCII letters lower-case one to one.
     */
    private static String normalizeAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else if (c != '\'') {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The words of a normalised text. */
    public List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        for (String w : normalized.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
    }
}
