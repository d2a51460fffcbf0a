package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;

/**
 * Takes the site or section name off a page title: "Dam opens | World News" loses its short section
 * label, "Dam opens - The Daily Ledger" loses the site name (when it matches the site name or the
 * host), and a leading "Daily Ledger | " goes too. A suffix that is neither (say, "- again") stays.
 * The separators are in {@code title-separators.txt}.
 */
final class TitleCleaner {

    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_LABEL_CHARS = 30;
    private static final int MIN_HEADLINE_WORDS = 3;

    private final List<String> separators;

    TitleCleaner() {
        this.separators = ExtractionSettings.lines("title-separators.txt").stream().map(s -> " " + s + " ").toList();
    }

    /** The title without site/section affixes; null stays null. */
    String clean(String title, String site, String host) {
        if (title == null) {
            return null;
        }
        String t = TextFurniture.normalise(title);
        while (true) {
            int[] cut = lastSeparator(t);
            if (cut == null) {
                break;
            }
            String head = t.substring(0, cut[0]).strip();
            String tail = t.substring(cut[1]).strip();
            if (!head.isEmpty() && (isSite(tail, site, host) || isSectionLabel(tail, head))) {
                t = head;
            } else {
                break;
            }
        }
        int[] first = firstSeparator(t);
        if (first != null) {
            String head = t.substring(0, first[0]).strip();
            String tail = t.substring(first[1]).strip();
            if (!tail.isEmpty() && isSite(head, site, host)) {
                t = tail;
            }
        }
        return t.isEmpty() ? null : t;
    }

    private int[] lastSeparator(String t) {
        int[] best = null;
        for (String sep : separators) {
            int i = t.lastIndexOf(sep);
            if (i >= 0 && (best == null || i > best[0])) {
                best = new int[] {i, i + sep.length()};
            }
        }
        return best;
    }

    private int[] firstSeparator(String t) {
        int[] best = null;
        for (String sep : separators) {
            int i = t.indexOf(sep);
            if (i >= 0 && (best == null || i < best[0])) {
                best = new int[] {i, i + sep.length()};
            }
        }
        return best;
    }

    private static boolean isSite(String part, String site, String host) {
        String p = key(part);
        if (p.isEmpty()) {
            return false;
        }
        if (site != null && p.equals(key(site))) {
            return true;
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String label = h.contains(".") ? h.substring(0, h.lastIndexOf('.')) : h;
            return p.equals(key(h)) || p.equals(key(label));
        }
        return false;
    }

    private static boolean isSectionLabel(String tail, String head) {
        String[] words = tail.split(" ");
        if (words.length > MAX_LABEL_WORDS || tail.length() > MAX_LABEL_CHARS
                || head.split(" ").length < MIN_HEADLINE_WORDS || tail.matches(".*[.!?]$")) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !w.equals("&") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    /** Lower case letters and digits only, without a leading "the". */
    private static String key(String s) {
        String k = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
        k = k.replaceFirst("^the ", "");
        return k.replace(" ", "");
    }
}
