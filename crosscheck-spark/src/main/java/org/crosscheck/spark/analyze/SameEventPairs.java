package org.crosscheck.spark.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.crosscheck.align.SameEventStories.PairScore;
import org.crosscheck.align.StoryClaims;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.spark.ExecutorPipeline;
import scala.Tuple2;

/**
 * The pairs of analysed stories that the same-event pass joins, scored in tasks by span of
 * days: only stories whose dated spans are at most {@code maxDaysApart} apart are ever compared,
 * so each story goes to the day buckets from its first day to {@code maxDaysApart} after its
 * last, and each pair is scored once, in the bucket of the later of the two first days (which
 * both reach). A story with no dated article is compared with every story, as in the batch
 * run: it goes to every bucket where a dated story starts, and to a bucket of the undated alone.
 * Only the joining pairs come back to the driver.
 */
public final class SameEventPairs {

    private static final long UNDATED = Long.MIN_VALUE;

    private SameEventPairs() {
    }

    /**
     * @param claims       the analysed stories with claims, by their place in the report
     * @param widthDays    the span of a bucket in days
     * @param maxDaysApart the merge settings' days beyond which two stories are never one event
     * @return the joining pairs, with the stories' places in the report ({@code a < b})
     */
    public static List<PairScore> joining(JavaPairRDD<Integer, StoryClaims> claims, int widthDays, int maxDaysApart) {
        List<Long> starts = claims.values().filter(c -> c.first() != null).map(c -> bucket(c.first().toEpochDay(), widthDays))
                .distinct().collect();
        Set<Long> dated = new HashSet<>(starts);
        return claims.flatMapToPair(story -> {
            List<Tuple2<Long, Tuple2<Integer, StoryClaims>>> out = new ArrayList<>();
            buckets(story._2(), dated, widthDays, maxDaysApart).forEach(b -> out.add(new Tuple2<>(b, story)));
            return out.iterator();
        }).groupByKey().flatMap(bucket -> {
            List<Tuple2<Integer, StoryClaims>> near = new ArrayList<>();
            bucket._2().forEach(near::add);
            near.sort(Comparator.comparingInt(Tuple2::_1));
            List<StoryClaims> stories = near.stream().map(Tuple2::_2).toList();
            Pipeline pipeline = ExecutorPipeline.get();
            List<PairScore> joining = new ArrayList<>();
            for (PairScore s : pipeline.sameEventScores(stories,
                    (i, j) -> owner(stories.get(i), stories.get(j), widthDays) == bucket._1())) {
                if (pipeline.sameEventJoins(s)) {
                    joining.add(new PairScore(near.get(s.a())._1(), near.get(s.b())._1(), s.leadSimilarity(),
                            s.alignedA(), s.claimsA(), s.alignedB(), s.claimsB()));
                }
            }
            return joining.iterator();
        }).collect();
    }

    /**
     * The buckets a story goes to: a dated one to those from its first day to {@code maxDaysApart}
     * after its last, an undated one to every bucket where a dated story starts and to the bucket of the undated.
     */
    static List<Long> buckets(StoryClaims story, Set<Long> dated, int widthDays, int maxDaysApart) {
        List<Long> out = new ArrayList<>();
        if (story.first() == null) {
            out.addAll(dated);
            out.add(UNDATED);
        } else {
            long last = bucket(story.last().toEpochDay() + maxDaysApart, widthDays);
            for (long b = bucket(story.first().toEpochDay(), widthDays); b <= last; b++) {
                out.add(b);
            }
        }
        return out;
    }

    /** The bucket that scores a pair: that of the later first day, of the dated one's, or of the undated. */
    static long owner(StoryClaims x, StoryClaims y, int widthDays) {
        if (x.first() == null && y.first() == null) {
            return UNDATED;
        }
        long day = x.first() == null ? y.first().toEpochDay()
                : y.first() == null ? x.first().toEpochDay()
                : Math.max(x.first().toEpochDay(), y.first().toEpochDay());
        return bucket(day, widthDays);
    }

    /** The bucket of a day. */
    static long bucket(long epochDay, int widthDays) {
        return Math.floorDiv(epochDay, widthDays);
    }
}
