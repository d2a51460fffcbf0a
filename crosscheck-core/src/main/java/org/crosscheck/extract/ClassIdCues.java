package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A set of class/id words and the test whether an element's class or id names one of them. Class and
 * id values are split into tokens at spaces, '-', '_', digits and camelCase humps, so {@code
 * "social-share__bar"} and {@code "relatedLinks"} match {@code share} and {@code related}, while
 * {@code "header"} does not match {@code ad}. A token also matches its cue with a plural "s".
 */
final class ClassIdCues {

    private final Set<String> cues;

    ClassIdCues(Set<String> cues) {
        this.cues = Set.copyOf(cues);
    }

    /** True when a class or id token of the element is one of the cues. */
    boolean matches(Element element) {
        return count(element) > 0;
    }

    /** How many class/id tokens of the element are cues. */
    int count(Element element) {
        String classes = element.className();
        String id = element.id();
        if (classes.isEmpty() && id.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String token : cachedTokens(classes + " " + id)) {
            if (cues.contains(token) || (token.endsWith("s") && cues.contains(token.substring(0, token.length() - 1)))) {
                n++;
            }
        }
        return n;
    }

    /** Templates repeat the same class strings on every page: tokens are kept for a bounded number of them. */
    private static final int TOKEN_CACHE_SIZE = 8192;
    private static final Map<String, List<String>> TOKEN_CACHE = new ConcurrentHashMap<>();

    private static List<String> cachedTokens(String value) {
        List<String> t = TOKEN_CACHE.get(value);
        if (t == null) {
            t = List.copyOf(tokens(value));
            if (TOKEN_CACHE.size() >= TOKEN_CACHE_SIZE) {
                TOKEN_CACHE.clear();
            }
            TOKEN_CACHE.put(value, t);
        }
        return t;
    }

    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (!Character.isLetter(c) || hump) {
                flush(cur, out);
            }
            if (Character.isLetter(c)) {
                cur.append(c);
            }
            prev = c;
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
            cur.setLength(0);
        }
    }
}
