package org.crosscheck.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds near-duplicates as fingerprints arrive, without comparing every pair: locality-sensitive
 * hashing cuts each signature into bands of rows; fingerprints agreeing on a whole band become
 * candidates, and a candidate is kept when its estimated Jaccard reaches the threshold or its
 * text hash is equal. Not thread-safe; one index per run or store.
 */
public final class NearDuplicateIndex {

    private final DedupSettings settings;
    private final List<Fingerprint> added = new ArrayList<>();
    private final Map<Long, List<Integer>> byTextHash = new HashMap<>();
    private final List<Map<Long, List<Integer>>> bandBuckets = new ArrayList<>();

    public NearDuplicateIndex() {
        this(DedupSettings.defaults());
    }

    public NearDuplicateIndex(DedupSettings settings) {
        this.settings = settings;
        for (int b = 0; b < settings.bands(); b++) {
            bandBuckets.add(new HashMap<>());
        }
    }

    /**
     * Adds a fingerprint and answers the earlier fingerprints it nearly duplicates, most similar
     * first (ties by id). Signatures must come from the same {@link DedupSettings}.
     */
    public List<NearDuplicate> add(Fingerprint fingerprint) {
        long[] signature = fingerprint.minHash();
        if (signature.length != settings.permutations()) {
            throw new IllegalArgumentException("signature length " + signature.length
                    + " does not match " + settings.permutations() + " permutations");
        }
        TreeSet<Integer> candidates = new TreeSet<>(byTextHash.getOrDefault(fingerprint.textHash(), List.of()));
        long[] bandKeys = bandKeys(signature);
        for (int b = 0; b < bandKeys.length; b++) {
            candidates.addAll(bandBuckets.get(b).getOrDefault(bandKeys[b], List.of()));
        }
        List<NearDuplicate> found = new ArrayList<>();
        for (int index : candidates) {
            Fingerprint other = added.get(index);
            boolean exact = other.textHash() == fingerprint.textHash();
            double jaccard = MinHasher.estimateJaccard(signature, other.minHash());
            if (exact || jaccard >= settings.nearDuplicate()) {
                found.add(new NearDuplicate(fingerprint.articleId(), other.articleId(), exact ? 1.0 : jaccard, exact));
            }
        }
        found.sort(Comparator.comparingDouble(NearDuplicate::jaccard).reversed()
                .thenComparing(NearDuplicate::earlierId));
        int index = added.size();
        added.add(fingerprint);
        byTextHash.computeIfAbsent(fingerprint.textHash(), k -> new ArrayList<>()).add(index);
        for (int b = 0; b < bandKeys.length; b++) {
            bandBuckets.get(b).computeIfAbsent(bandKeys[b], k -> new ArrayList<>()).add(index);
        }
        return found;
    }

    private long[] bandKeys(long[] signature) {
        int rows = settings.rowsPerBand();
        long[] keys = new long[settings.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = Murmur3Hash64.mix(h * 0x9E3779B97F4A7C15L + signature[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }
}
