package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.language.LazyModel;
import org.crosscheck.settings.ResourceSettings;

/**
 * The word lists and thresholds claim extraction reads, loaded from the resource files beside
 * this class (one entry a line, {@code #} starts a comment). Loaded once; immutable.
 */
record ClaimCues(List<String> opinion, List<String> furniture, List<String> hedges, Set<String> negations,
                 Set<String> negativeWords,
                 Set<String> denials, Set<String> reportingVerbs, Set<String> honorifics,
                 List<List<String>> aliases, List<List<String>> countries, Set<String> connectives, Set<String> streetWords,
                 Map<String, String> unitForms, Map<String, String> currencies, Set<String> dateWords,
                 Map<String, String> dateOffsets,
                 int minWords, int headingMaxWords, int maxPhraseWords, double shoutedShare) {

    private static final LazyModel<ClaimCues> LOADED = LazyModel.of(ClaimCues::read);

    static ClaimCues load() {
        return LOADED.get();
    }

    private static ClaimCues read() {
        ResourceSettings thresholds = ResourceSettings.load(ClaimCues.class, "claim-thresholds.properties");
        List<List<String>> aliases = forms("name-aliases.txt");
        return new ClaimCues(lines("opinion-cues.txt"), lines("furniture-cues.txt"), lines("hedge-cues.txt"),
                set("negation-cues.txt"), set("negative-words.txt"), set("denial-verbs.txt"), set("reporting-verbs.txt"),
                set("honorifics.txt"), aliases, forms("country-names.txt"), set("name-connectives.txt"),
                set("street-words.txt"), pairs("unit-forms.txt"), pairs("currencies.txt"),
                set("date-words.txt"), pairs("date-offsets.txt"),
                thresholds.integer("minWords"),
                thresholds.integer("headingMaxWords"),
                thresholds.integer("maxPhraseWords"),
                thresholds.decimal("shoutedShare"));
    }

    /** One entity a line, its forms separated by "|". */
    private static List<List<String>> forms(String name) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines(name)) {
            out.add(List.of(line.split("\\s*\\|\\s*")));
        }
        return List.copyOf(out);
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
        return ResourceSettings.wordList(ClaimCues.class, name);
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
