package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Complete-link agglomeration: two groups merge only when every pair across them matches, so
 * A~B and B~C never chain A and C into one group. Pairs are taken by falling similarity.
 */
final class ClaimGrouper {

    /** A matching pair of claim indices with their similarity. */
    record Pair(int i, int j, double similarity) {
    }

    /** Groups of claim indices, each sorted, in order of their first member. */
    List<List<Integer>> group(int size, List<Pair> matches) {
        Set<Long> matched = new HashSet<>();
        for (Pair p : matches) {
            matched.add(key(p.i(), p.j()));
        }
        int[] groupOf = new int[size];
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            groupOf[i] = i;
            groups.add(new ArrayList<>(List.of(i)));
        }
        List<Pair> ordered = new ArrayList<>(matches);
        ordered.sort(Comparator.comparingDouble((Pair p) -> -p.similarity()).thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        for (Pair p : ordered) {
            int gi = groupOf[p.i()];
            int gj = groupOf[p.j()];
            if (gi == gj || !allMatch(groups.get(gi), groups.get(gj), matched)) {
                continue;
            }
            int keep = Math.min(gi, gj);
            int drop = Math.max(gi, gj);
            for (int m : groups.get(drop)) {
                groupOf[m] = keep;
            }
            groups.get(keep).addAll(groups.get(drop));
            groups.get(drop).clear();
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (!g.isEmpty()) {
                List<Integer> sorted = new ArrayList<>(g);
                sorted.sort(null);
                out.add(sorted);
            }
        }
        out.sort(Comparator.comparingInt(g -> g.get(0)));
        return out;
    }

    private static boolean allMatch(List<Integer> a, List<Integer> b, Set<Long> matched) {
        for (int x : a) {
            for (int y : b) {
                if (!matched.contains(key(x, y))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long key(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }
}
