package org.crosscheck.bench.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.bench.metric.BinaryScore;

/**
 * Pairwise scoring of sentence alignment: the units are sentences of articles; a pair is two
 * sentences of different articles of the same topic; a gold pair is one whose two sentences
 * share an event chain; a system pair is whatever a system links. Precision, recall and F1 are
 * counted over the candidate pairs (every pair of the given units), so pairs a system links
 * outside the units are not scored.
 */
final class AlignmentPairs {

    /**
     * One sentence of one article.
     *
     * @param article  article id (the ECB+ file name without {@code .xml})
     * @param topic    topic number
     * @param half     the topic half (gold event), such as {@code 1ecbplus}
     * @param sentence sentence number in the article
     */
    record Unit(String article, int topic, String half, int sentence) implements Comparable<Unit> {

        private static final Comparator<Unit> ORDER = Comparator.comparingInt(Unit::topic)
                .thenComparing(Unit::article).thenComparingInt(Unit::sentence);

        static Unit of(EcbPlusCorpus.Doc doc, int sentence) {
            return new Unit(doc.file(), doc.topic(), doc.event(), sentence);
        }

        @Override
        public int compareTo(Unit o) {
            return ORDER.compare(this, o);
        }

        @Override
        public String toString() {
            return article + "#" + sentence;
        }
    }

    /** Two units, the smaller first. */
    record Pair(Unit a, Unit b) {

        Pair {
            if (a.compareTo(b) > 0) {
                Unit t = a;
                a = b;
                b = t;
            }
        }

        boolean sameHalf() {
            return a.half().equals(b.half());
        }
    }

    private AlignmentPairs() {
    }

    /** Every pair of the units whose sentences are of different articles of the same topic. */
    static List<Pair> candidates(Collection<Unit> units) {
        List<Unit> sorted = new ArrayList<>(new HashSet<>(units));
        sorted.sort(null);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).topic() == sorted.get(i).topic(); j++) {
                if (!sorted.get(i).article().equals(sorted.get(j).article())) {
                    out.add(new Pair(sorted.get(i), sorted.get(j)));
                }
            }
        }
        return out;
    }

    /** Whether the two sentences share an event chain. */
    static boolean gold(Map<Unit, Set<String>> chains, Pair p) {
        Set<String> a = chains.getOrDefault(p.a(), Set.of());
        Set<String> b = chains.getOrDefault(p.b(), Set.of());
        for (String c : a) {
            if (b.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Every pair of different articles among the units of each group (the units of one claim group, say). */
    static Set<Pair> linked(Collection<? extends Collection<Unit>> groups) {
        Set<Pair> out = new HashSet<>();
        for (Collection<Unit> group : groups) {
            List<Unit> members = new ArrayList<>(new HashSet<>(group));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    Unit x = members.get(i);
                    Unit y = members.get(j);
                    if (!x.article().equals(y.article()) && x.topic() == y.topic()) {
                        out.add(new Pair(x, y));
                    }
                }
            }
        }
        return out;
    }

    /** The system's decisions on the candidates against the gold (true negatives counted too). */
    static BinaryScore score(List<Pair> candidates, Predicate<Pair> gold, Predicate<Pair> system) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Pair p : candidates) {
            boolean g = gold.test(p);
            boolean s = system.test(p);
            if (g && s) {
                tp++;
            } else if (s) {
                fp++;
            } else if (g) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryScore(tp, fp, fn, tn);
    }
}
