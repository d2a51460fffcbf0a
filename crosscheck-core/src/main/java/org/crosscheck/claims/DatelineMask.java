package org.crosscheck.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.settings.ResourceSettings;

/**
 * Blanks wire datelines and caption tags ("NEW YORK - ", "FILE - ") at paragraph starts before
 * parsing, replacing each character with a space so every offset into the masked text is the
 * same offset into the original. The pattern is data ({@code dateline.regex}).
 */
final class DatelineMask {

    private static final Pattern DATELINE = Pattern.compile(readPattern(), Pattern.MULTILINE);

    private DatelineMask() {
    }

    /** The text with datelines blanked; same length as the input. */
    static String mask(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    private static String readPattern() {
        List<String> lines = ResourceSettings.wordList(DatelineMask.class, "dateline.regex");
        if (lines.isEmpty()) {
            throw new IllegalStateException("no pattern in dateline.regex");
        }
        return lines.get(0).replace("\\u2013", "\u2013").replace("\\u2014", "\u2014");
    }
}
