package org.crosscheck.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The word lists and thresholds claim extraction reads, loaded from the resource files beside
 * this class (one entry a line, {@code #} starts a comment). Loaded once; immutable.
 */
record ClaimCues(List<String> opinion, List<String> furniture, List<String> hedges, Set<String> negations,
                 Set<String> negativeWords,
                 Set<String> denials, Set<String> reportingVerbs, Set<String> honorifics,
                 List<List<String>> aliases, Set<String> connectives, Set<String> streetWords,
                 Map<String, String> unitForms, Map<String, String> currencies, Set<String> dateWords,
                 Map<String, String> dateOffsets,
                 int minWords, int headingMaxWords, int maxPhraseWords, double shoutedShare) {

    private static volatile ClaimCues loaded;

    static ClaimCues load() {
        ClaimCues c = loaded;
        if (c == null) {
            synchronized (ClaimCues.class) {
                c = loaded;
                if (c == null) {
                    c = read();
                    loaded = c;
                }
            }
        }
        return c;
    }

    private static ClaimCues read() {
        Properties thresholds = new Properties();
        try (InputStream in = open("claim-thresholds.properties")) {
            thresholds.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> aliases = new ArrayList<>();
        for (String line : lines("name-aliases.txt")) {
            aliases.add(List.of(line.split("\\s*\\|\\s*")));
        }
        return new ClaimCues(lines("opinion-cues.txt"), lines("furniture-cues.txt"), lines("hedge-cues.txt"),
                set("negation-cues.txt"), set("negative-words.txt"), set("denial-verbs.txt"), set("reporting-verbs.txt"),
                set("honorifics.txt"), List.copyOf(aliases), set("name-connectives.txt"),
                set("street-words.txt"), pairs("unit-forms.txt"), pairs("currencies.txt"),
                set("date-words.txt"), pairs("date-offsets.txt"),
                Integer.parseInt(thresholds.getProperty("minWords", "5").strip()),
                Integer.parseInt(thresholds.getProperty("headingMaxWords", "15").strip()),
                Integer.parseInt(thresholds.getProperty("maxPhraseWords", "8").strip()),
                Double.parseDouble(thresholds.getProperty("shoutedShare", "0.6").strip()));
    }

    private static Set<String> set(String name) {
        Set<String> out = new LinkedHashSet<>();
        lines(name).forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            String[] kv = line.split("\\s+", 2);
            if (kv.length == 2) {
                out.put(kv[0], kv[1].strip());
            }
        }
        return Map.copyOf(out);
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claims resource " + name, e);
        }
        return List.copyOf(out);
    }

    private static InputStream open(String name) {
        InputStream in = ClaimCues.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("claims resource missing: " + name);
        }
        return in;
    }

    /** True when {@code phrase} occurs in {@code text} as whole words, ignoring case. */
    static boolean containsPhrase(String text, String phrase) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String p = phrase.toLowerCase(Locale.ROOT);
        for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            int after = i + p.length();
            boolean endOk = after >= t.length() || !Character.isLetterOrDigit(t.charAt(after))
                    || !Character.isLetterOrDigit(p.charAt(p.length() - 1));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
