package org.crosscheck.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The terms of the warm articles with their document frequencies. A term leaves when its last
 * warm article does, so the vocabulary stays as large as the warm window needs. Ids are never
 * reused: an id held by a warm story always names the same term.
 */
final class Vocabulary {

    private static final class Entry {
        final int id;
        int df;

        Entry(int id) {
            this.id = id;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<Integer, String> terms = new HashMap<>();
    private int nextId;

    /**
     * The unit-length TF-IDF vector of the given counts (sublinear term frequency, smoothed IDF
     * over {@code documents} warm articles), entering new terms with no document yet.
     */
    SparseVector vector(Map<String, Integer> counts, int documents) {
        int[] ids = new int[counts.size()];
        double[] weights = new double[counts.size()];
        int k = 0;
        double normSq = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Entry entry = entries.get(e.getKey());
            if (entry == null) {
                entry = new Entry(nextId++);
                entries.put(e.getKey(), entry);
                terms.put(entry.id, e.getKey());
            }
            double idf = Math.log((documents + 1.0) / (entry.df + 1.0)) + 1.0;
            double w = (1.0 + Math.log(e.getValue())) * idf;
            ids[k] = entry.id;
            weights[k] = w;
            normSq += w * w;
            k++;
        }
        return SparseVector.sortedUnit(ids, weights, Math.sqrt(normSq));
    }

    /** Counts one more warm document for each term. */
    void enter(int[] ids) {
        for (int id : ids) {
            entries.get(terms.get(id)).df++;
        }
    }

    /** Counts one warm document less for each term; a term with none left is forgotten. */
    void leave(int[] ids) {
        for (int id : ids) {
            String term = terms.get(id);
            Entry e = entries.get(term);
            if (--e.df <= 0) {
                entries.remove(term);
                terms.remove(id);
            }
        }
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return entries.size();
    }
}
