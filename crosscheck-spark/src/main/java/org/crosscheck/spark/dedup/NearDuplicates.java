package org.crosscheck.spark.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
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
 * then rejects. The pairs are those of a {@link NearDuplicateIndex} with no window fed the
 * same fingerprints in reading order; groups are their connected components.
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
        int parts = Math.max(1, fingerprints.getNumPartitions());
        // held by number under one partitioner, so that both joins below move only the candidates
        JavaPairRDD<Long, Fingerprint> placed = fingerprints.partitionBy(new HashPartitioner(parts))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Long> candidates = placed
                .mapPartitionsToPair(numbered -> {
                    PackedLongs out = new PackedLongs(parts);
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
                .partitionBy(new HashPartitioner(parts))
                .mapPartitionsToPair(sent -> {
                    long[] entries = PackedLongs.sorted(sent);
                    PackedLongs out = new PackedLongs(parts);
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
                                    long pair = a << 32 | b;
                                    out.add(Murmur3Hash64.mix(pair), pair);
                                }
                            }
                        }
                        start = end;
                    }
                    return out.arrays();
                })
                .partitionBy(new HashPartitioner(parts))
                .mapPartitions(sent -> {
                    long[] pairs = PackedLongs.sorted(sent);
                    List<Long> distinct = new ArrayList<>();
                    for (int i = 0; i < pairs.length; i++) {
                        if (i == 0 || pairs[i] != pairs[i - 1]) {
                            distinct.add(pairs[i]);
                        }
                    }
                    return distinct.iterator();
                });
        List<Tuple2<Tuple2<Long, Long>, NearDuplicate>> pairs = candidates.mapToPair(p -> new Tuple2<>(p >>> 32, p & 0xFFFFFFFFL))
                .join(placed)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(placed)
                .flatMapToPair(c -> {
                    NearDuplicate pair = NearDuplicateIndex.judge(settings, c._2()._1()._2(), c._2()._2());
                    return pair == null ? java.util.Collections.emptyIterator()
                            : List.of(new Tuple2<>(new Tuple2<>(c._2()._1()._1(), c._1()), pair)).iterator();
                })
                .collect();
        placed.unpersist(false);
        List<Tuple2<Tuple2<Long, Long>, NearDuplicate>> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.<Tuple2<Tuple2<Long, Long>, NearDuplicate>>comparingLong(p -> p._1()._1()).thenComparingLong(p -> p._1()._2()));
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, String> ids = new HashMap<>();
        for (Tuple2<Tuple2<Long, Long>, NearDuplicate> p : ordered) {
            ids.put(p._1()._1(), p._2().articleId());
            ids.put(p._1()._2(), p._2().earlierId());
            long a = root(parent, p._1()._1());
            long b = root(parent, p._1()._2());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b)); // the root is the earliest article
            }
        }
        List<Found> found = new ArrayList<>();
        for (Tuple2<Tuple2<Long, Long>, NearDuplicate> p : ordered) {
            found.add(new Found(p._2(), ids.get(root(parent, p._1()._1()))));
        }
        return found;
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
