package org.crosscheck.bench.verify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heuristic anchor of the SummEdits README: a summary is inconsistent when it has a number
 * or a capitalised token that its article does not have.
 */
public final class NovelTokenBaseline {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’-][\\p{L}\\p{N}]+)*");

    private NovelTokenBaseline() {
    }

    /** True when the summary has a number or capitalised token the article lacks (compared ignoring case). */
    public static boolean inconsistent(String article, String summary) {
        Set<String> known = new HashSet<>();
        Matcher m = TOKEN.matcher(article);
        while (m.find()) {
            known.add(m.group().toLowerCase(Locale.ROOT));
        }
        Matcher s = TOKEN.matcher(summary);
        while (s.find()) {
            String t = s.group();
            boolean marked = Character.isUpperCase(t.codePointAt(0)) || t.chars().anyMatch(Character::isDigit);
            if (marked && !known.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
