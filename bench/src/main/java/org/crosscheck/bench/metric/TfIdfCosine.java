package org.crosscheck.bench.metric;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.crosscheck.dedup.TextNormalizer;

/**
 * The simple baseline: TF-IDF vectors of lower-cased words (raw counts times log inverse document
 * frequency over a given collection, smoothed as 1 + ln((1 + N) / (1 + df))) and their cosine.
 */
public final class TfIdfCosine {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    public TfIdfCosine(List<String> collection) {
        for (String text : collection) {
            for (String w : new HashSet<>(words(text))) {
                documentFrequency.merge(w, 1, Integer::sum);
            }
        }
        this.documents = collection.size();
    }

    public double cosine(String a, String b) {
        Map<String, Double> va = vector(a);
        Map<String, Double> vb = vector(b);
        double dot = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            Double o = vb.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        double na = norm(va);
        double nb = norm(vb);
        return na == 0 || nb == 0 ? 0 : Math.min(1.0, dot / (na * nb));
    }

    private Map<String, Double> vector(String text) {
        Map<String, Double> counts = new HashMap<>();
        for (String w : words(text)) {
            counts.merge(w, 1.0, Double::sum);
        }
        counts.replaceAll((w, tf) -> tf * (1 + Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(w, 0)))));
        return counts;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private List<String> words(String text) {
        return normalizer.words(normalizer.normalize(text));
    }
}
