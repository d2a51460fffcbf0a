package org.crosscheck.align;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the denying words of a sentence ("not", "n't", "never", "no", and contractions
 * written without their apostrophe, "didnt"; the list is {@code edit-negation-words.txt}). Two sentences with as many denying words as each other do
 * not differ in polarity by their words, whatever a parser makes of them.
 */
final class NegationWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['\u2019][\\p{L}]+)?");

    /** A tokenised contraction, "didn ' t", read as "didn't". */
    private static final Pattern SPACED_APOSTROPHE = Pattern.compile("\\s*'\\s*(?=t\\b)");

    private final Set<String> words;

    NegationWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** How many denying words the sentence holds; "didn't" counts as one ("n't"). */
    int count(String sentence) {
        int n = 0;
        Matcher m = WORD.matcher(SPACED_APOSTROPHE.matcher(sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .replaceAll("'"));
        while (m.find()) {
            String w = m.group();
            if (words.contains(w) || w.endsWith("n't") && words.contains("n't")) {
                n++;
            }
        }
        return n;
    }
}
