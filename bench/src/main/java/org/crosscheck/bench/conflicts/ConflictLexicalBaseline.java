package org.crosscheck.bench.conflicts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.bench.corpus.ConflictEdits;

/**
 * The lexical-difference baseline of the conflicts benchmark: each paragraph of the second
 * article is aligned with the paragraph of the first that shares the most words (word Jaccard at
 * least {@link #MIN_JACCARD}); an aligned pair that is not identical is a conflict of each kind
 * whose words differ: date (month and weekday names, and numbers beside a month), number (other
 * numbers), name (capitalised words after the first word) and negation ("not", "n't", "never").
 */
final class ConflictLexicalBaseline {

    static final double MIN_JACCARD = 0.5;
    private static final Pattern TOKEN = Pattern.compile("n't|[\\p{L}]+|\\d+(?:[.,]\\d+)*");

    /** The conflicts the baseline reports between two articles whose paragraphs are separated by blank lines. */
    List<ConflictScore.Reported> conflicts(String firstId, String firstText, String secondId, String secondText) {
        List<String> first = paragraphs(firstText);
        List<ConflictScore.Reported> out = new ArrayList<>();
        for (String b : paragraphs(secondText)) {
            String best = null;
            double bestScore = MIN_JACCARD;
            for (String a : first) {
                double j = jaccard(words(a), words(b));
                if (j >= bestScore && (best == null || j > bestScore)) {
                    best = a;
                    bestScore = j;
                }
            }
            if (best == null || best.equals(b)) {
                continue;
            }
            Slots sa = slots(best);
            Slots sb = slots(b);
            List<ConflictScore.Side> sides = List.of(new ConflictScore.Side(firstId, List.of(best)),
                    new ConflictScore.Side(secondId, List.of(b)));
            if (!sa.dates.equals(sb.dates)) {
                out.add(new ConflictScore.Reported("date", sides));
            }
            if (!sa.numbers.equals(sb.numbers)) {
                out.add(new ConflictScore.Reported("number", sides));
            }
            if (!sa.names.equals(sb.names)) {
                out.add(new ConflictScore.Reported("name", sides));
            }
            if (sa.negations != sb.negations) {
                out.add(new ConflictScore.Reported("negation", sides));
            }
        }
        return out;
    }

    private record Slots(TreeMap<String, Integer> dates, TreeMap<String, Integer> numbers,
                         TreeMap<String, Integer> names, int negations) {
    }

    private static Slots slots(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(m.group());
        }
        TreeMap<String, Integer> dates = new TreeMap<>();
        TreeMap<String, Integer> numbers = new TreeMap<>();
        TreeMap<String, Integer> names = new TreeMap<>();
        int negations = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean month = ConflictEdits.MONTHS.contains(t);
            if (month || ConflictEdits.WEEKDAYS.contains(t)) {
                dates.merge(t, 1, Integer::sum);
            } else if (Character.isDigit(t.charAt(0))) {
                boolean besideMonth = i > 0 && ConflictEdits.MONTHS.contains(tokens.get(i - 1))
                        || i + 1 < tokens.size() && ConflictEdits.MONTHS.contains(tokens.get(i + 1));
                (besideMonth ? dates : numbers).merge(t, 1, Integer::sum);
            } else if (i > 0 && Character.isUpperCase(t.charAt(0))) {
                names.merge(t, 1, Integer::sum);
            } else if (t.equalsIgnoreCase("not") || t.equals("n't") || t.equalsIgnoreCase("never")) {
                negations++;
            }
        }
        return new Slots(dates, numbers, names, negations);
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
