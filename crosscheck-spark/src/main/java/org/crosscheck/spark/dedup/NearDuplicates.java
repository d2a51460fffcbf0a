package org.crosscheck.spark.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import scala.Tuple2;

/**
 * Near-duplicates by MinHash bands, the way a cluster finds them: every fingerprint goes to the
 * bucket of each of its band keys (and of its text hash), a bucket's members are checked pair by
 * pair with the exact test of {@link NearDuplicateIndex}, and the pairs found through several
 * bands count once. The pairs are those of a {@link NearDuplicateIndex} with no window fed the
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

    /** The pairs among the fingerprints (given in reading order), later article first, in reading order of both. */
    public static List<Found> find(JavaSparkContext sc, List<Fingerprint> fingerprints, DedupSettings settings) {
        if (fingerprints.size() < 2) {
            return List.of();
        }
        List<Tuple2<Integer, Fingerprint>> numbered = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            numbered.add(new Tuple2<>(i, fingerprints.get(i)));
        }
        List<Tuple2<Integer, Integer>> pairs = sc.parallelize(numbered, Math.max(1, sc.defaultParallelism()))
                .flatMapToPair(n -> {
                    int[] keys = NearDuplicateIndex.bucketKeys(settings, n._2());
                    List<Tuple2<Long, Tuple2<Integer, Fingerprint>>> out = new ArrayList<>(keys.length);
                    for (int place = 0; place < keys.length; place++) {
                        out.add(new Tuple2<>(((long) place << 32) | (keys[place] & 0xFFFFFFFFL), n));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMap(bucket -> {
                    List<Tuple2<Integer, Fingerprint>> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    members.sort(Comparator.comparingInt(Tuple2::_1));
                    List<Tuple2<Integer, Integer>> found = new ArrayList<>();
                    for (int later = 1; later < members.size(); later++) {
                        for (int earlier = 0; earlier < later; earlier++) {
                            if (NearDuplicateIndex.judge(settings, members.get(later)._2(), members.get(earlier)._2()) != null) {
                                found.add(new Tuple2<>(members.get(later)._1(), members.get(earlier)._1()));
                            }
                        }
                    }
                    return found.iterator();
                })
                .distinct()
                .collect();
        List<Tuple2<Integer, Integer>> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.<Tuple2<Integer, Integer>>comparingInt(Tuple2::_1).thenComparingInt(Tuple2::_2));
        Map<Integer, Integer> parent = new HashMap<>();
        for (Tuple2<Integer, Integer> p : ordered) {
            int a = root(parent, p._1());
            int b = root(parent, p._2());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b)); // the root is the earliest article
            }
        }
        List<Found> found = new ArrayList<>();
        for (Tuple2<Integer, Integer> p : ordered) {
            NearDuplicate pair = NearDuplicateIndex.judge(settings, fingerprints.get(p._1()), fingerprints.get(p._2()));
            found.add(new Found(pair, fingerprints.get(root(parent, p._1())).articleId()));
        }
        return found;
    }

    private static int root(Map<Integer, Integer> parent, int i) {
        int r = i;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
