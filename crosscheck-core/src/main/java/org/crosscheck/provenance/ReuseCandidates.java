package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Murmur3Hash64;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import org.crosscheck.dedup.TextNormalizer;

/**
 * The pairs of articles worth aligning, without aligning every pair: pairs that share at least a
 * few content-sampled word 3-shingles (a shingle is sampled when its hash falls in one bucket, so
 * two copies sample the same ones), and pairs MinHash LSH finds near-duplicate. Pairs come back
 * as index pairs {@code [i, j]} with {@code i < j}, sorted.
 */
final class ReuseCandidates {

    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final ProvenanceSettings settings;
    private final DedupSettings dedup;
    private final TextNormalizer normalizer = new TextNormalizer();

    ReuseCandidates(ProvenanceSettings settings, DedupSettings dedup) {
        this.settings = settings;
        this.dedup = dedup;
    }

    List<int[]> pairs(List<PreparedText> texts) {
        int n = texts.size();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (long shingle : sampledShingles(texts.get(i).article.text())) {
                postings.computeIfAbsent(shingle, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> articles : postings.values()) {
            if (articles.size() < 2 || articles.size() > settings.prefilterMaxPosting()) {
                continue;
            }
            for (int x = 0; x < articles.size(); x++) {
                for (int y = x + 1; y < articles.size(); y++) {
                    shared.merge((long) articles.get(x) * n + articles.get(y), 1, Integer::sum);
                }
            }
        }
        TreeSet<Long> keys = new TreeSet<>();
        shared.forEach((key, count) -> {
            if (count >= settings.prefilterMinShared()) {
                keys.add(key);
            }
        });
        NearDuplicateIndex lsh = new NearDuplicateIndex(dedup);
        Map<String, Integer> indexOf = new HashMap<>();
        for (int j = 0; j < n; j++) {
            indexOf.put(texts.get(j).article.id(), j);
            for (NearDuplicate d : lsh.add(texts.get(j).fingerprint)) {
                int i = indexOf.get(d.earlierId());
                if (i != j) {
                    keys.add((long) Math.min(i, j) * n + Math.max(i, j));
                }
            }
        }
        List<int[]> pairs = new ArrayList<>(keys.size());
        for (long key : keys) {
            pairs.add(new int[] {(int) (key / n), (int) (key % n)});
        }
        return pairs;
    }

    private Set<Long> sampledShingles(String text) {
        List<String> words = normalizer.words(normalizer.normalize(text));
        Set<Long> sampled = new HashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            if (STOP.contains(words.get(i)) && STOP.contains(words.get(i + 1)) && STOP.contains(words.get(i + 2))) {
                continue;
            }
            long h = Murmur3Hash64.hash(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            if (Long.remainderUnsigned(h, settings.prefilterSample()) == 0) {
                sampled.add(h);
            }
        }
        return sampled;
    }
}
