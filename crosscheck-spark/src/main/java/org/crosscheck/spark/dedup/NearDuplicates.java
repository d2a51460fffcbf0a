package org.crosscheck.spark.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import scala.Tuple2;

/**
 * Near-duplicates by MinHash bands, the way a cluster finds them: every article's reading number
 * (not its fingerprint) goes to the bucket of each of its band keys (and of its text hash), each
 * bucket's members make candidate pairs, the pairs found through several bands count once, and
 * only then are the two fingerprints of each candidate brought together (joined by number) and
 * checked with the exact test of {@link NearDuplicateIndex}. The pairs are those of a {@link NearDuplicateIndex} with no window fed the
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
        JavaPairRDD<Long, Long> candidates = fingerprints
                .flatMapToPair(n -> {
                    int[] keys = NearDuplicateIndex.bucketKeys(settings, n._2());
                    List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
                    for (int place = 0; place < keys.length; place++) {
                        out.add(new Tuple2<>(((long) place << 32) | (keys[place] & 0xFFFFFFFFL), n._1()));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> {
                    List<Long> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    members.sort(Comparator.naturalOrder());
                    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                    for (int later = 1; later < members.size(); later++) {
                        for (int earlier = 0; earlier < later; earlier++) {
                            pairs.add(new Tuple2<>(members.get(later), members.get(earlier)));
                        }
                    }
                    return pairs.iterator();
                })
                .distinct();
        List<Tuple2<Tuple2<Long, Long>, NearDuplicate>> pairs = candidates.join(fingerprints)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(fingerprints)
                .flatMapToPair(c -> {
                    NearDuplicate pair = NearDuplicateIndex.judge(settings, c._2()._1()._2(), c._2()._2());
                    return pair == null ? java.util.Collections.emptyIterator()
                            : List.of(new Tuple2<>(new Tuple2<>(c._2()._1()._1(), c._1()), pair)).iterator();
                })
                .collect();
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

    private static long root(Map<Long, Long> parent, long i) {
        long r = i;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
