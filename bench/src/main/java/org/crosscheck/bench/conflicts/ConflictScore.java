package org.crosscheck.bench.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of reported conflicts against planted ones. A planted conflict is found
 * when a reported conflict of its kind has a side in the source article whose sentences cover
 * the planted sentence and a side in the derived article whose sentences cover its edited form
 * (one text contains the other, spaces normalised). Every other reported conflict is a false
 * positive: any conflict on a harmless pair, a conflict of another kind, one not on the planted
 * sentence, and a second report of a conflict already found. The kind {@code name} (a system that
 * cannot tell people from places) matches a planted person or place.
 */
final class ConflictScore {

    /** One side of a reported conflict: an article and the sentences it states the value in. */
    record Side(String articleId, List<String> sentences) {
    }

    /** A reported conflict: its kind as the interface names it, and its sides. */
    record Reported(String kind, List<Side> sides) {
    }

    /**
     * What was planted in one pair.
     *
     * @param kind interface kind of the planted conflict ("date", "action"), or null when harmless
     */
    record Gold(String kind, String sourceId, String sourceSentence, String derivedId, String derivedSentence) {
    }

    /** Counts of one kind. */
    static final class Tally {
        int planted;
        int found;
        int falsePositives;

        double precision() {
            return found + falsePositives == 0 ? 1.0 : (double) found / (found + falsePositives);
        }

        double recall() {
            return planted == 0 ? 0.0 : (double) found / planted;
        }
    }

    private final Map<String, Tally> byKind = new LinkedHashMap<>();
    private final Tally overall = new Tally();
    int onHarmless;
    int wrongKind;
    int offSentence;

    ConflictScore(List<String> kinds) {
        kinds.forEach(k -> byKind.put(k, new Tally()));
    }

    /** Scores the conflicts reported for one pair; for each, whether it found the planted conflict. */
    boolean[] add(Gold gold, List<Reported> reported) {
        boolean[] found = new boolean[reported.size()];
        int index = -1;
        if (gold.kind() != null) {
            tally(gold.kind()).planted++;
            overall.planted++;
        }
        boolean matched = false;
        for (Reported r : reported) {
            index++;
            boolean onSentence = gold.kind() != null && covers(r, gold);
            if (!matched && onSentence && matches(gold.kind(), r.kind())) {
                matched = true;
                found[index] = true;
                tally(gold.kind()).found++;
                overall.found++;
                continue;
            }
            overall.falsePositives++;
            for (String k : counted(r.kind())) {
                tally(k).falsePositives++;
            }
            if (gold.kind() == null) {
                onHarmless++;
            } else if (onSentence) {
                wrongKind++;
            } else {
                offSentence++;
            }
        }
        return found;
    }

    Tally kind(String kind) {
        return tally(kind);
    }

    Tally overall() {
        return overall;
    }

    /** The planted kinds in order, then any other kind that was reported. */
    List<String> kinds() {
        return new ArrayList<>(byKind.keySet());
    }

    private Tally tally(String kind) {
        return byKind.computeIfAbsent(kind, k -> new Tally());
    }

    static boolean matches(String planted, String reported) {
        return planted.equals(reported) || reported.equals("name") && (planted.equals("person") || planted.equals("place"));
    }

    private static List<String> counted(String reported) {
        return reported.equals("name") ? List.of("person", "place") : List.of(reported);
    }

    private static boolean covers(Reported r, Gold gold) {
        boolean source = false;
        boolean derived = false;
        for (Side s : r.sides()) {
            for (String sentence : s.sentences()) {
                source |= s.articleId().equals(gold.sourceId()) && overlaps(sentence, gold.sourceSentence());
                derived |= s.articleId().equals(gold.derivedId()) && overlaps(sentence, gold.derivedSentence());
            }
        }
        return source && derived;
    }

    static boolean overlaps(String a, String b) {
        String x = normalised(a);
        String y = normalised(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
