package org.crosscheck.spark.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.Murmur3Hash64;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import scala.Tuple2;

/**
 * Near-duplicates by MinHash bands, the way a cluster finds them: every article's reading number
 * (not its fingerprint) goes to the bucket of each of its band keys (and of its text hash), each
 * bucket's members make candidate pairs, the pairs found through several bands count once, and
 * only then are the two fingerprints of each candidate brought together (joined by number) and
 * checked with the exact test of {@link NearDuplicateIndex}. The two shuffles of numbers (to the
 * buckets, then of the pairs to count each once) carry each task's numbers for each partition
 * as one packed array ({@link PackedLongs}), not a record a number: a bucket is a 32-bit hash of
 * its band and key, so two buckets that share a hash only add candidates, which the exact test
 * then rejects. The fingerprints stay where they were made: reading numbers run in ranges by
 * partition ({@link ReadingRanges}), so each candidate is sent to the partition that holds a
 * fingerprint it needs, and a pair whose two articles are held in one partition (a copy soon after
 * its original) is judged there without moving a fingerprint. Each partition's verdicts come to
 * the driver as a few arrays ({@link JudgedPairs}), by reading number. The pairs are those of a
 * {@link NearDuplicateIndex} with no window fed the same fingerprints in reading order; groups are
 * their connected components.
 */
public final class NearDuplicates {

    private NearDuplicates() {
    }

    /**
     * One near-duplicate pair, with its group.
     *
     * @param pair  the later article's near-duplicate of the earlier one
     * @param group the id of the first article, in reading order, of the pair's connected component
     */
    public record Found(NearDuplicate pair, String group) {
    }

    /**
     * The pairs among the fingerprints (by reading number), later article first, in reading order
     * of both; only the pairs found come to the driver, which makes their connected components.
     */
    public static List<Found> find(JavaPairRDD<Long, Fingerprint> fingerprints, DedupSettings settings) {
        JavaPairRDD<Long, Fingerprint> held = fingerprints.persist(StorageLevel.MEMORY_AND_DISK());
        Map<Long, String> ids = held.mapValues(Fingerprint::articleId).collectAsMap();
        List<Found> found = find(held, held.mapPartitions(NearDuplicates::range).collect(), ids::get, settings);
        held.unpersist(false);
        return found;
    }

    /**
     * The pairs as {@link #find(JavaPairRDD, DedupSettings)} gives them, from fingerprints whose
     * partitions hold the given ranges of numbers (each {lowest, highest}, or empty), as the
     * extraction tasks number their articles ({@code ReadArticles#ranges}). The fingerprints are
     * read three times: pass a dataset that is held, or cheap to compute again from one that is.
     *
     * @param idOf the article id of a reading number (on the driver)
     */
    public static List<Found> find(JavaPairRDD<Long, Fingerprint> fingerprints, List<long[]> ranges,
                                   LongFunction<String> idOf, DedupSettings settings) {
        int parts = Math.max(1, fingerprints.getNumPartitions());
        JavaPairRDD<Long, Fingerprint> held = fingerprints;
        JavaPairRDD<Long, Fingerprint> placed = null;
        Partitioner where = ReadingRanges.of(ranges);
        if (where == null) { // numbers not in ranges by partition: held again under a hash partitioner
            where = new HashPartitioner(parts);
            placed = held.partitionBy(where).persist(StorageLevel.MEMORY_AND_DISK());
            held = placed;
        }
        Partitioner holder = where;
        int holders = where.numPartitions();
        // the band buckets in as many partitions as there are cores: a task and its shuffle files
        // cost more than the few numbers each bucket holds
        int buckets = Math.max(1, Math.min(parts, fingerprints.context().defaultParallelism() * 2));
        JavaPairRDD<Long, Fingerprint> holding = held;
        JavaRDD<long[]> byLater = held
                .mapPartitionsToPair(numbered -> {
                    PackedLongs out = new PackedLongs(buckets);
                    while (numbered.hasNext()) {
                        Tuple2<Long, Fingerprint> n = numbered.next();
                        requireReadingNumber(n._1());
                        int[] keys = NearDuplicateIndex.bucketKeys(settings, n._2());
                        for (int place = 0; place < keys.length; place++) {
                            long bucket = Murmur3Hash64.mix(((long) place << 32) | (keys[place] & 0xFFFFFFFFL)) >>> 32;
                            out.add(bucket, bucket << 32 | n._1());
                        }
                    }
                    return out.arrays();
                })
                .partitionBy(new HashPartitioner(buckets))
                // each bucket's pairs, sent to the partition holding the later article's fingerprint
                .mapPartitionsToPair(sent -> {
                    long[] entries = PackedLongs.sorted(sent);
                    PackedLongs out = new PackedLongs(holders);
                    int start = 0;
                    while (start < entries.length) {
                        int end = start + 1;
                        while (end < entries.length && entries[end] >>> 32 == entries[start] >>> 32) {
                            end++;
                        }
                        for (int later = start + 1; later < end; later++) {
                            for (int earlier = start; earlier < later; earlier++) {
                                long a = entries[later] & 0xFFFFFFFFL;
                                long b = entries[earlier] & 0xFFFFFFFFL;
                                if (a != b) {
                                    out.add(holder.getPartition(a), a << 32 | b);
                                }
                            }
                        }
                        start = end;
                    }
                    return out.arrays();
                })
                .partitionBy(new HashPartitioner(holders))
                // a pair found through several bands counts once: all its copies came to this partition
                .mapPartitions(sent -> List.of(distinct(PackedLongs.sorted(sent))).iterator(), true);
        // a pair whose earlier article is held here too (copies mostly follow their original closely
        // in reading order) is judged here, and its verdict stays in this partition (keyed by its
        // later article's number, held here); any other takes the later fingerprint to the earlier one's
        JavaPairRDD<Long, Object> sent = byLater.zipPartitions(holding, (pairsHere, local) -> {
                    Map<Long, Fingerprint> own = byNumber(local);
                    JudgedPairs judged = new JudgedPairs();
                    List<Tuple2<Long, Object>> out = new ArrayList<>();
                    long keep = -1;
                    while (pairsHere.hasNext()) {
                        for (long p : pairsHere.next()) {
                            long later = p >>> 32;
                            long earlier = p & 0xFFFFFFFFL;
                            Fingerprint earlierPrint = own.get(earlier);
                            if (earlierPrint != null) {
                                judged.judge(settings, later, own.get(later), earlier, earlierPrint);
                                keep = later;
                            } else {
                                out.add(new Tuple2<>(earlier, new Tuple2<>(later, own.get(later))));
                            }
                        }
                    }
                    if (judged.size() > 0) {
                        out.add(new Tuple2<>(keep, judged));
                    }
                    return out.iterator();
                })
                .mapToPair(c -> c)
                .partitionBy(where);
        List<JudgedPairs> judged = sent.zipPartitions(holding, (received, local) -> {
            Map<Long, Fingerprint> own = null;
            JudgedPairs out = new JudgedPairs();
            while (received.hasNext()) {
                Tuple2<Long, Object> r = received.next();
                if (r._2() instanceof JudgedPairs here) {
                    out.addAll(here);
                } else {
                    own = own == null ? byNumber(local) : own;
                    @SuppressWarnings("unchecked")
                    Tuple2<Long, Fingerprint> later = (Tuple2<Long, Fingerprint>) r._2();
                    out.judge(settings, later._1(), later._2(), r._1(), own.get(r._1()));
                }
            }
            return List.of(out).iterator();
        }).collect();
        if (placed != null) {
            placed.unpersist(false);
        }
        return components(judged, idOf);
    }

    /** Each judged pair with the id of its connected component's first article, in reading order of both articles. */
    private static List<Found> components(List<JudgedPairs> judged, LongFunction<String> idOf) {
        List<long[]> ordered = new ArrayList<>(); // {later << 32 | earlier, part, index}
        for (int part = 0; part < judged.size(); part++) {
            JudgedPairs j = judged.get(part);
            for (int i = 0; i < j.size(); i++) {
                ordered.add(new long[] {j.later(i) << 32 | j.earlier(i), part, i});
            }
        }
        ordered.sort(Comparator.comparingLong(o -> o[0]));
        Map<Long, Long> parent = new HashMap<>();
        for (long[] o : ordered) {
            long a = root(parent, o[0] >>> 32);
            long b = root(parent, o[0] & 0xFFFFFFFFL);
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b)); // the root is the earliest article
            }
        }
        List<Found> found = new ArrayList<>(ordered.size());
        for (long[] o : ordered) {
            JudgedPairs j = judged.get((int) o[1]);
            int i = (int) o[2];
            found.add(new Found(new NearDuplicate(idOf.apply(j.later(i)), idOf.apply(j.earlier(i)), j.jaccard(i), j.exact(i)),
                    idOf.apply(root(parent, j.later(i)))));
        }
        return found;
    }

    /** The sorted numbers without repeats. */
    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, n);
    }

    /** A partition's lowest and highest number, or nothing for an empty one. */
    private static java.util.Iterator<long[]> range(java.util.Iterator<Tuple2<Long, Fingerprint>> numbered) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        while (numbered.hasNext()) {
            long n = numbered.next()._1();
            low = Math.min(low, n);
            high = Math.max(high, n);
        }
        return (low > high ? List.<long[]>of(new long[0]) : List.of(new long[] {low, high})).iterator();
    }

    private static Map<Long, Fingerprint> byNumber(java.util.Iterator<Tuple2<Long, Fingerprint>> local) {
        Map<Long, Fingerprint> own = new HashMap<>();
        local.forEachRemaining(f -> own.put(f._1(), f._2()));
        return own;
    }

    private static void requireReadingNumber(long number) {
        if (number >= 1L << 32) {
            throw new IllegalArgumentException("more than 2^32 articles in one run: reading number " + number);
        }
    }

    private static long root(Map<Long, Long> parent, long i) {
        long r = i;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
