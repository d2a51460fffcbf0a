package org.crosscheck.bench.conflicts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judged disagreements between outlets on real coverage, kept as data, and the key that ties a
 * reported conflict to a judgment whatever the detector and its version.
 *
 * <p><b>Key.</b> A reported conflict is read as pairs of sentences, one from each of two
 * different articles of one event, on two different sides of the conflict (a conflict with
 * several sides or several articles a side gives one key per such pair). A key is the event, the
 * two article ids and, in each article, the unit the sentence lies in: the ECB+ sentence number,
 * or the paragraph number of a page. A sentence is located by containment after
 * {@link #normalize normalising} (letters and digits only, lower case), so a sentence split or
 * joined differently by another splitter, or a paragraph quoted whole by the lexical baseline,
 * lands on the same unit. The two ends are sorted by article id (then unit), so the order of
 * the sides does not matter. The kind of conflict is not part of the key: a judgment says
 * whether the two sentences can both be true of the event, and a detector that flags a true
 * pair under another kind still points the reader at the real disagreement.
 *
 * <p><b>Data.</b> Tab-separated, {@code #} lines are comments, one header line: {@code event
 * fileA unitA fileB unitB verdict label source kind reason sentenceA sentenceB}. {@code verdict}
 * is {@code true} or {@code false}; {@code label} is, for a true row, the disputed fact and its
 * two values (such as {@code magnitude: 5.9 vs 6.1}) and, for a false row, the class of false alarm (such as {@code
 * subset-vs-total}); {@code source} and {@code kind} say who reported the pair and as what when it
 * was judged ({@code manual} for a disagreement found by reading); the sentences are there only
 * for a reader to recognise the case.
 *
 * <p><b>Scoring.</b> Precision is over the distinct keys a system reports that are judged: the
 * share judged true. Recall is over judged-true <em>disagreements</em>: true rows with the same
 * event and label (the fact and the two values, such as {@code magnitude: 5.9 vs 6.1}) are one
 * disagreement, however many sentences and pairs of outlets state it, found when the system
 * reports any one of their keys. So a detector that reports the disagreement on another pair of
 * sentences that state the same two values, or as another kind, finds it; one that reports only
 * a pair nobody has judged is told so (unjudged), never silently scored. Recall is also given
 * over facts (event and label up to ": "), so that a fact stated with many values does not weigh
 * more than one stated with two.
 */
final class CoverageJudgments {

    static final String HEADER = "event\tfileA\tunitA\tfileB\tunitB\tverdict\tlabel\tsource\tkind\treason\tsentenceA\tsentenceB";

    private CoverageJudgments() {
    }

    /** Letters and digits only, lower case: what survives any tokeniser or splitter. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A pair of sentences of two articles of one event, in canonical order. */
    record Key(String event, String fileA, String unitA, String fileB, String unitB) implements Comparable<Key> {

        /** The key of two ends in either order. */
        static Key of(String event, String file1, String unit1, String file2, String unit2) {
            int c = file1.compareTo(file2);
            if (c > 0 || c == 0 && unit1.compareTo(unit2) > 0) {
                return new Key(event, file2, unit2, file1, unit1);
            }
            return new Key(event, file1, unit1, file2, unit2);
        }

        /** The event and the two articles: the pair of outlets. */
        String articles() {
            return event + "\t" + fileA + "\t" + fileB;
        }

        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return event + "\t" + fileA + "\t" + unitA + "\t" + fileB + "\t" + unitB;
        }
    }

    /** One judged row. */
    record Judgment(Key key, boolean verdict, String label, String source, String kind, String reason,
                    String sentenceA, String sentenceB) {

        /** The disagreement a true row belongs to: the event and the label (the fact and its two values). */
        String disagreement() {
            return key.event() + "\t" + label;
        }

        /**
         * The fact a true row is about, whatever the two values: the event and the label up to its
         * first ": " (a fact stated with three values is three disagreements but one fact).
         */
        String fact() {
            int colon = label.indexOf(": ");
            return key.event() + "\t" + (colon < 0 ? label : label.substring(0, colon));
        }
    }

    /** An article's units (sentence or paragraph number to text) and where a sentence lies in them. */
    static final class Doc {
        private final String id;
        private final Map<String, String> units = new LinkedHashMap<>();
        private final Map<String, String> normalized = new LinkedHashMap<>();

        Doc(String id, Map<String, String> units) {
            this.id = id;
            units.forEach((k, v) -> {
                this.units.put(k, v);
                this.normalized.put(k, normalize(v));
            });
        }

        String id() {
            return id;
        }

        String text(String unit) {
            return units.get(unit);
        }

        /**
         * The unit a sentence lies in: the first whose text contains it, else the first (of at
         * least 12 letters and digits) that it contains; null when it is not in this article.
         */
        String locate(String sentence) {
            String n = normalize(sentence);
            if (n.isEmpty()) {
                return null;
            }
            for (Map.Entry<String, String> e : normalized.entrySet()) {
                if (e.getValue().contains(n)) {
                    return e.getKey();
                }
            }
            for (Map.Entry<String, String> e : normalized.entrySet()) {
                if (e.getValue().length() >= 12 && n.contains(e.getValue())) {
                    return e.getKey();
                }
            }
            return null;
        }
    }

    /** One side of a reported conflict: its articles and the sentences it states its value in. */
    record Side(List<String> articleIds, List<String> sentences) {
    }

    /**
     * The keys of a reported conflict: every pair of a sentence on one side and a sentence on
     * another side that lie in two different articles of the event. A side's sentence is tied to
     * each of the side's articles it lies in.
     */
    static Set<Key> keys(String event, List<Side> sides, Map<String, Doc> docs) {
        List<List<String[]>> ends = new ArrayList<>();
        for (Side side : sides) {
            List<String[]> located = new ArrayList<>();
            for (String article : side.articleIds()) {
                Doc doc = docs.get(article);
                if (doc == null) {
                    continue;
                }
                for (String sentence : side.sentences()) {
                    String unit = doc.locate(sentence);
                    if (unit != null) {
                        located.add(new String[] {article, unit});
                    }
                }
            }
            ends.add(located);
        }
        Set<Key> out = new TreeSet<>();
        for (int i = 0; i < ends.size(); i++) {
            for (int j = i + 1; j < ends.size(); j++) {
                for (String[] a : ends.get(i)) {
                    for (String[] b : ends.get(j)) {
                        if (!a[0].equals(b[0])) {
                            out.add(Key.of(event, a[0], a[1], b[0], b[1]));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Reads the judgments of a resource of this package. */
    static Map<Key, Judgment> readResource(String name) throws IOException {
        try (InputStream in = CoverageJudgments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** Reads judgments: one a key (a pair that disagrees on two facts is labelled with one); a later row of the same key replaces an earlier one. */
    static Map<Key, Judgment> read(Reader reader) throws IOException {
        Map<Key, Judgment> out = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        boolean header = false;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IOException("line " + n + ": expected the header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 10) {
                throw new IOException("line " + n + ": " + f.length + " fields, expected at least 10");
            }
            if (!f[5].equals("true") && !f[5].equals("false")) {
                throw new IOException("line " + n + ": verdict is '" + f[5] + "', not true or false");
            }
            Key key = Key.of(f[0], f[1], f[2], f[3], f[4]);
            out.put(key, new Judgment(key, f[5].equals("true"), f[6], f[7], f[8], f[9],
                    f.length > 10 ? f[10] : "", f.length > 11 ? f[11] : ""));
        }
        return out;
    }

    /** What one system reported, scored against the judgments. */
    record Score(int keys, int judged, int truePositives, int disagreements, int found, int facts, int factsFound,
                 int kindAgrees, List<Key> unjudged, Map<String, Integer> falseByLabel, List<String> missed) {

        double precision() {
            return judged == 0 ? 0 : (double) truePositives / judged;
        }

        double recall() {
            return disagreements == 0 ? 0 : (double) found / disagreements;
        }
    }

    /**
     * Scores the distinct keys a system reported, with the kinds it reported each as.
     *
     * @param reported key to the kinds reported on it
     */
    static Score score(Map<Key, Set<String>> reported, Collection<Judgment> judgments) {
        Map<Key, Judgment> byKey = new LinkedHashMap<>();
        judgments.forEach(j -> byKey.put(j.key(), j));
        int judged = 0;
        int tp = 0;
        int kindAgrees = 0;
        List<Key> unjudged = new ArrayList<>();
        Map<String, Integer> falseByLabel = new java.util.TreeMap<>();
        Set<String> found = new LinkedHashSet<>();
        Set<String> factsFound = new LinkedHashSet<>();
        for (Map.Entry<Key, Set<String>> e : reported.entrySet()) {
            Judgment j = byKey.get(e.getKey());
            if (j == null) {
                unjudged.add(e.getKey());
                continue;
            }
            judged++;
            if (j.verdict()) {
                tp++;
                found.add(j.disagreement());
                factsFound.add(j.fact());
                if (e.getValue().stream().anyMatch(k -> kindMatches(k, j.kind()))) {
                    kindAgrees++;
                }
            } else {
                falseByLabel.merge(j.label(), 1, Integer::sum);
            }
        }
        Set<String> all = new LinkedHashSet<>();
        Set<String> facts = new LinkedHashSet<>();
        byKey.values().stream().filter(Judgment::verdict).forEach(j -> {
            all.add(j.disagreement());
            facts.add(j.fact());
        });
        List<String> missed = all.stream().filter(d -> !found.contains(d)).toList();
        return new Score(reported.size(), judged, tp, all.size(), found.size(), facts.size(), factsFound.size(), kindAgrees,
                unjudged, falseByLabel, missed);
    }

    /**
     * Whether a reported kind names the judged kind of a true row: equal, or the baseline's
     * {@code name} for a person, place or organisation; a judged kind may list several with '/'.
     */
    static boolean kindMatches(String reported, String judged) {
        for (String k : judged.split("[/,]")) {
            if (k.equals(reported) || reported.equals("name") && (k.equals("person") || k.equals("place")
                    || k.equals("organisation"))) {
                return true;
            }
        }
        return false;
    }

    /** A row to judge: the key with verdict '?', who reported it and as what, and its two sentences. */
    static String row(Key key, String source, String kinds, Map<String, Doc> docs) {
        String a = docs.containsKey(key.fileA()) ? docs.get(key.fileA()).text(key.unitA()) : "";
        String b = docs.containsKey(key.fileB()) ? docs.get(key.fileB()).text(key.unitB()) : "";
        return key + "\t?\t\t" + source + "\t" + kinds + "\t\t" + clean(a) + "\t" + clean(b);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
