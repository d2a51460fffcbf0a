package org.crosscheck.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        try (InputStream in = DatelineMask.class.getResourceAsStream("dateline.regex")) {
            if (in == null) {
                throw new IllegalStateException("claims resource missing: dateline.regex");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    return line.strip().replace("\\u2013", "\u2013").replace("\\u2014", "\u2014");
                }
            }
            throw new IllegalStateException("no pattern in dateline.regex");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
