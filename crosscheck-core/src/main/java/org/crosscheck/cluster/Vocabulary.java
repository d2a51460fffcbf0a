package org.crosscheck.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The terms of the warm articles with their document frequencies. A term leaves when its last
 * warm article does, so the vocabulary stays as large as the warm window needs. Ids are never
 * reused: an id held by a warm story always names the same term.
 */
final class Vocabulary {

    /** One term: its id, text and number of warm articles holding it. */
    static final class Entry {
        final int id;
        final String term;
        int df;

        Entry(int id, String term) {
            this.id = id;
            this.term = term;
        }
    }

    /** A unit-length TF-IDF vector and the entries of its terms, both in increasing id order. */
    record Weighted(SparseVector vector, Entry[] entries) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private int nextId;

    /**
     * The unit-length TF-IDF vector of the given counts (sublinear term frequency, smoothed IDF
     * over {@code documents} warm articles), entering new terms with no document yet.
     */
    Weighted vector(Map<String, Integer> counts, int documents) {
        int size = counts.size();
        Entry[] found = new Entry[size];
        double[] weights = new double[size];
        int k = 0;
        double normSq = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Entry entry = entries.get(e.getKey());
            if (entry == null) {
                entry = new Entry(nextId++, e.getKey());
                entries.put(e.getKey(), entry);
            }
            double idf = Math.log((documents + 1.0) / (entry.df + 1.0)) + 1.0;
            double w = (1.0 + Math.log(e.getValue())) * idf;
            found[k] = entry;
            weights[k] = w;
            normSq += w * w;
            k++;
        }
        long[] order = new long[size]; // id in the high half, position in the low half: one primitive sort
        for (int i = 0; i < size; i++) {
            order[i] = ((long) found[i].id << 32) | i;
        }
        java.util.Arrays.sort(order);
        int[] ids = new int[size];
        double[] unit = new double[size];
        Entry[] sorted = new Entry[size];
        double norm = Math.sqrt(normSq);
        for (int i = 0; i < size; i++) {
            int at = (int) order[i];
            sorted[i] = found[at];
            ids[i] = sorted[i].id;
            unit[i] = norm == 0 ? 0 : weights[at] / norm;
        }
        return new Weighted(new SparseVector(ids, unit), sorted);
    }

    /** Counts one more warm document for each term. */
    static void enter(Entry[] terms) {
        for (Entry e : terms) {
            e.df++;
        }
    }

    /** Counts one warm document less for each term; a term with none left is forgotten. */
    void leave(Entry[] terms) {
        for (Entry e : terms) {
            if (--e.df <= 0) {
                entries.remove(e.term);
            }
        }
    }

    int size() {
        return entries.size();
    }
}
