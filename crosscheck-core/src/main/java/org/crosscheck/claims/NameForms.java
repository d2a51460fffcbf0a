package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How names are normalised before they are compared: possessives and leading titles removed
 * ("Mayor Halvorsen's" -> "Halvorsen"), keys without case or dots ("U.K." -> "uk"), initials
 * of multi-word names ("National Transportation Safety Board" -> "ntsb").
 */
final class NameForms {

    private final Set<String> honorifics;
    private final Set<String> connectives;

    NameForms(ClaimCues cues) {
        this.honorifics = cues.honorifics();
        this.connectives = cues.connectives();
    }

    /** The name without possessive, leading article and leading titles; empty when nothing is left. */
    String clean(String text) {
        String s = text.replace('\u2019', '\'').strip().replaceAll("\\s+", " ");
        if (s.endsWith("'s") || s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> words = new ArrayList<>(Arrays.asList(s.strip().split(" ")));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && honorifics.contains(bare(words.get(0)))) {
            words.remove(0);
        }
        return String.join(" ", words).strip();
    }

    /** The comparison key of a cleaned name: lower case, dots dropped. */
    static String key(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    /** The last word of a key ("ingrid halvorsen" -> "halvorsen"). */
    static String lastWord(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    /**
     * The key reordered around its first "of": "ministry of fisheries" -> "fisheries ministry";
     * empty when the key has no "of" with words on both sides.
     */
    static Optional<String> reordered(String key) {
        String[] words = key.split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("of")) {
                int from = words[i + 1].equals("the") && i + 2 < words.length ? i + 2 : i + 1;
                String tail = String.join(" ", Arrays.asList(words).subList(from, words.length));
                String head = String.join(" ", Arrays.asList(words).subList(0, i));
                return Optional.of(tail + " " + head);
            }
        }
        return Optional.empty();
    }

    /** True when a cleaned name looks like an acronym: one word of 2-6 capitals, dots allowed. */
    static boolean isAcronym(String cleaned) {
        String letters = cleaned.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && !cleaned.contains(" ")
                && letters.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The initials a multi-word name can be shortened to: without connectives ("ntsb") and
     * with them ("boe" for "Bank of England"); empty for one-word names.
     */
    List<String> initials(String cleaned) {
        String[] words = cleaned.split("[ \\-]+");
        if (words.length < 2) {
            return List.of();
        }
        StringBuilder without = new StringBuilder();
        StringBuilder with = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            char first = Character.toLowerCase(w.charAt(0));
            with.append(first);
            if (!connectives.contains(w.toLowerCase(Locale.ROOT))) {
                without.append(first);
            }
        }
        return without.toString().equals(with.toString())
                ? List.of(without.toString()) : List.of(without.toString(), with.toString());
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
