package org.crosscheck.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.time.PartialDate;

/**
 * Finds near-duplicates as fingerprints arrive, without comparing every pair: locality-sensitive
 * hashing cuts each signature into bands of rows; fingerprints agreeing on a whole band become
 * candidates, and a candidate is kept when its estimated Jaccard reaches the threshold or its
 * text hash is equal. Not thread-safe; one index per run or store.
 *
 * <p>Streaming: an index made with a {@link DedupWindow} holds only the articles of the last
 * {@link DedupWindow#days()} days before the latest publication date it has seen (the stream's
 * clock), and at most {@link DedupWindow#maxEntries()} articles; older ones are evicted in the
 * order they were added, so memory follows the window, not the stream. Which articles are
 * searched depends only on the dates and the order of the calls, never on timing. A dated
 * article counts at the last day its date can stand for; an undated one at the stream's clock
 * when it was added (the first dated day, when no date has been seen yet). The default index
 * has no window and keeps every article.
 *
 * <p>Entries are numbered in the order they are added (at most {@link Integer#MAX_VALUE} over an
 * index's life); each keeps its signature, text hash and day in ring arrays, and one link per
 * band to the previous entry of the same bucket, so a bucket is walked newest first and the walk
 * stops at the first evicted entry.
 */
public final class NearDuplicateIndex {

    private static final int UNDATED = Integer.MIN_VALUE;

    private final DedupSettings settings;
    private final DedupWindow window;
    private final int permutations;
    /** One table per band, and a last one for the exact text hash. */
    private final BucketTable[] tables;
    private final int links;

    private int capacity = 64;
    private long[] signatures;
    private long[] textHashes;
    private String[] ids;
    private int[] days;
    private int[] previous;

    /** Number of the next entry; entries {@code oldest .. next-1} are live. */
    private int next;
    private int oldest;
    /** Latest first day of a dated article so far, and the first dated day seen. */
    private int clock = UNDATED;
    private int firstDated = UNDATED;

    /** An index that keeps every article (no window). */
    public NearDuplicateIndex(DedupSettings settings) {
        this(settings, DedupWindow.UNBOUNDED);
    }

    /** A streaming index over a window of the stream. */
    public NearDuplicateIndex(DedupSettings settings, DedupWindow window) {
        this.settings = settings;
        this.window = window;
        this.permutations = settings.permutations();
        this.links = settings.bands() + 1;
        this.tables = new BucketTable[links];
        for (int t = 0; t < links; t++) {
            tables[t] = new BucketTable();
        }
        allocate(capacity);
    }

    /** A streaming index with the given settings and their window. */
    public static NearDuplicateIndex streaming(DedupSettings settings) {
        return new NearDuplicateIndex(settings, settings.window());
    }

    /**
     * Adds an undated fingerprint and answers the earlier fingerprints it nearly duplicates, most
     * similar first (ties by id). Signatures must come from the same {@link DedupSettings}.
     */
    public List<NearDuplicate> add(Fingerprint fingerprint) {
        return add(fingerprint, null);
    }

    /**
     * Adds a fingerprint published on {@code published} (null when undated) and answers the
     * earlier fingerprints within the window that it nearly duplicates, most similar first (ties
     * by id). Signatures must come from the same {@link DedupSettings}.
     */
    public List<NearDuplicate> add(Fingerprint fingerprint, PartialDate published) {
        long[] signature = fingerprint.minHash();
        if (signature.length != permutations) {
            throw new IllegalArgumentException("signature length " + signature.length
                    + " does not match " + permutations + " permutations");
        }
        if (next == Integer.MAX_VALUE) {
            throw new IllegalStateException("an index holds at most " + Integer.MAX_VALUE + " additions");
        }
        int day = UNDATED;
        if (published != null) {
            int first = (int) published.firstDay().toEpochDay();
            day = (int) published.lastDay().toEpochDay();
            clock = clock == UNDATED ? first : Math.max(clock, first);
            firstDated = firstDated == UNDATED ? first : firstDated;
        }
        evict();
        int[] keys = bucketKeys(signature, 0, fingerprint.textHash());
        int[] candidates = candidates(keys);
        List<NearDuplicate> found = new ArrayList<>();
        int cutoff = cutoff();
        for (int entry : candidates) {
            int slot = slot(entry);
            if (cutoff != UNDATED && effectiveDay(days[slot]) < cutoff) {
                continue; // dated before the window, not yet at the eviction end of the ring
            }
            boolean exact = textHashes[slot] == fingerprint.textHash();
            double jaccard = estimateJaccard(signature, slot);
            if (exact || jaccard >= settings.nearDuplicate()) {
                found.add(new NearDuplicate(fingerprint.articleId(), ids[slot], exact ? 1.0 : jaccard, exact));
            }
        }
        found.sort(Comparator.comparingDouble(NearDuplicate::jaccard).reversed()
                .thenComparing(NearDuplicate::earlierId));
        store(fingerprint, signature, day == UNDATED ? clock : day, keys);
        return found;
    }

    /** How many articles the index holds now. */
    public int size() {
        return next - oldest;
    }

    private int[] candidates(int[] keys) {
        int[] found = new int[16];
        int count = 0;
        for (int t = 0; t < links; t++) {
            for (int e = tables[t].newest(keys[t]); e >= oldest; e = previous[slot(e) * links + t]) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = e;
            }
        }
        Arrays.sort(found, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || found[distinct - 1] != found[i]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    private void store(Fingerprint fingerprint, long[] signature, int day, int[] keys) {
        if (next - oldest == capacity) {
            grow();
        }
        int entry = next++;
        int slot = slot(entry);
        System.arraycopy(signature, 0, signatures, slot * permutations, permutations);
        textHashes[slot] = fingerprint.textHash();
        ids[slot] = fingerprint.articleId();
        days[slot] = day;
        for (int t = 0; t < links; t++) {
            previous[slot * links + t] = tables[t].put(keys[t], entry);
        }
    }

    /** Drops entries from the old end while they are before the window or over the size cap. */
    private void evict() {
        int cutoff = cutoff();
        while (oldest < next) {
            int slot = slot(oldest);
            boolean expired = cutoff != UNDATED && effectiveDay(days[slot]) < cutoff;
            if (!expired && next - oldest < window.maxEntries()) {
                return;
            }
            int[] keys = bucketKeys(signatures, slot * permutations, textHashes[slot]);
            for (int t = 0; t < links; t++) {
                tables[t].removeIfNewest(keys[t], oldest);
            }
            ids[slot] = null;
            oldest++;
        }
    }

    /** The first day still inside the window, or UNDATED when nothing is dated or there is no window. */
    private int cutoff() {
        if (clock == UNDATED || window.days() == Integer.MAX_VALUE) {
            return UNDATED;
        }
        return (int) Math.max(Integer.MIN_VALUE + 1L, (long) clock - window.days());
    }

    private int effectiveDay(int day) {
        return day == UNDATED ? firstDated : day;
    }

    private double estimateJaccard(long[] signature, int slot) {
        int base = slot * permutations;
        int equal = 0;
        for (int i = 0; i < permutations; i++) {
            if (signatures[base + i] == signature[i]) {
                equal++;
            }
        }
        return (double) equal / permutations;
    }

    /** 32-bit bucket keys: one per band, then one of the text hash. */
    private int[] bucketKeys(long[] signature, int offset, long textHash) {
        return bucketKeys(settings, signature, offset, textHash);
    }

    /**
     * The bucket keys of a fingerprint under the settings: one per band, then one of the text
     * hash. Two fingerprints are candidates when they share a key at the same place; a run that
     * groups fingerprints by (place, key) finds the candidates this index finds.
     */
    public static int[] bucketKeys(DedupSettings settings, Fingerprint fingerprint) {
        return bucketKeys(settings, fingerprint.minHash(), 0, fingerprint.textHash());
    }

    /**
     * Whether a candidate pair is kept, as {@link #add} keeps it: the later fingerprint's
     * near-duplicate of the earlier one, or null when their texts differ and the estimated Jaccard
     * is below the threshold.
     */
    public static NearDuplicate judge(DedupSettings settings, Fingerprint later, Fingerprint earlier) {
        long[] a = later.minHash();
        long[] b = earlier.minHash();
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        double jaccard = (double) equal / a.length;
        boolean exact = later.textHash() == earlier.textHash();
        return exact || jaccard >= settings.nearDuplicate()
                ? new NearDuplicate(later.articleId(), earlier.articleId(), exact ? 1.0 : jaccard, exact) : null;
    }

    private static int[] bucketKeys(DedupSettings settings, long[] signature, int offset, long textHash) {
        int rows = settings.rowsPerBand();
        int[] keys = new int[settings.bands() + 1];
        for (int b = 0; b < settings.bands(); b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = Murmur3Hash64.mix(h * 0x9E3779B97F4A7C15L + signature[offset + b * rows + r]);
            }
            keys[b] = (int) (h ^ (h >>> 32));
        }
        keys[settings.bands()] = (int) (textHash ^ (textHash >>> 32));
        return keys;
    }

    private int slot(int entry) {
        return entry & (capacity - 1);
    }

    private void allocate(int size) {
        signatures = new long[size * permutations];
        textHashes = new long[size];
        ids = new String[size];
        days = new int[size];
        previous = new int[size * links];
    }

    private void grow() {
        long[] oldSignatures = signatures;
        long[] oldHashes = textHashes;
        String[] oldIds = ids;
        int[] oldDays = days;
        int[] oldPrevious = previous;
        int oldCapacity = capacity;
        capacity *= 2;
        allocate(capacity);
        for (int e = oldest; e < next; e++) {
            int from = e & (oldCapacity - 1);
            int to = slot(e);
            System.arraycopy(oldSignatures, from * permutations, signatures, to * permutations, permutations);
            textHashes[to] = oldHashes[from];
            ids[to] = oldIds[from];
            days[to] = oldDays[from];
            System.arraycopy(oldPrevious, from * links, previous, to * links, links);
        }
    }
}
