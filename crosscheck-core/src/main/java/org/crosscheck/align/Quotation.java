package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a sentence quotes directly, between straight or curly double quotes, lower-cased
 * and without punctuation ("\"Not one of us left,\" she said." -> [not, one, of, us, left]).
 */
final class Quotation {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201C\u201D]+)[\"\u201D]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    private Quotation() {
    }

    /** The quoted words in reading order; empty when the sentence quotes nothing. */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(sentence);
        while (quoted.find()) {
            Matcher w = WORD.matcher(quoted.group(1));
            while (w.find()) {
                out.add(w.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        }
        return out;
    }
}
