package org.crosscheck.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins decimals that a tokeniser set apart ("The 6. 1 - magnitude quake", "at 5. 9.") before
 * parsing, so that the parser neither ends a sentence at "6." nor reads the number as 1: the
 * space between the full stop and the digits moves before the number ("The  6.1 - magnitude"),
 * so the text keeps its length and every offset into it is the same offset into the original. A
 * number of at most three digits, a full stop, one space and a digit group is read as one
 * decimal number; a year ending a sentence ("in 2006. 14 people") and the thousands of a number
 * set apart ("2, 500. 3 firms") are left alone.
 */
final class SpacedDecimals {

    private static final Pattern SPACED =
            Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<!\\d, )(\\d{1,3})\\. (\\d+)(?![\\p{N}]|[.,]\\p{N})");

    private SpacedDecimals() {
    }

    /** The text with each decimal set apart joined; same length as the input. */
    static String join(String text) {
        Matcher m = SPACED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            String joined = " " + m.group(1) + "." + m.group(2);
            out.replace(m.start(), m.end(), joined);
        } while (m.find());
        return out.toString();
    }
}
