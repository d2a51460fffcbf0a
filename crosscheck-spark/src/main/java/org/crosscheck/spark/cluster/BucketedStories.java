package org.crosscheck.spark.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.spark.ExecutorPipeline;
import scala.Tuple2;

/**
 * The story stage of the job: the articles bucketed by language and publication days as
 * {@link TimeBuckets} buckets them, each bucket gathered and its stories made by the core's
 * clustering ({@code StoryStream} in publication order) in its own task, and stitched across
 * bucket edges on the driver ({@link StoryStitch}). The driver sees the spans that hold articles,
 * the article ids in publication order and the stories' ids, never an article.
 *
 * @param buckets how many buckets the articles were split into
 * @param stories every article's story, in the order the stories opened
 */
public record BucketedStories(int buckets, List<Story> stories) {

    /**
     * @param articles  the articles by reading number
     * @param widthDays the span of a bucket in days
     * @param coldDays  the cluster settings' cold-story window, the overlap of a bucket with the one before
     */
    public static BucketedStories of(JavaPairRDD<Long, Article> articles, int widthDays, int coldDays) {
        long earliest = articles.values().filter(a -> a.published() != null)
                .map(a -> a.published().firstDay().toEpochDay()).fold(Long.MAX_VALUE, (x, y) -> Math.min(x, y));
        long origin = TimeBuckets.origin(earliest == Long.MAX_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(earliest));
        Map<String, TreeSet<Long>> spans = new TreeMap<>();
        for (Tuple2<String, Long> owned : articles.values().map(a -> new Tuple2<>(language(a), a.published() == null ? null
                : TimeBuckets.span(a.published().firstDay().toEpochDay(), widthDays, origin))).distinct().collect()) {
            TreeSet<Long> own = spans.computeIfAbsent(owned._1(), k -> new TreeSet<>());
            if (owned._2() != null) {
                own.add(owned._2());
            }
        }
        spans.values().forEach(s -> {
            if (s.isEmpty()) {
                s.add(0L); // a language of undated articles only: one span
            }
        });
        int buckets = spans.values().stream().mapToInt(TreeSet::size).sum();
        if (buckets == 0) {
            return new BucketedStories(0, List.of());
        }
        List<List<String>> made = articles.flatMapToPair(n -> {
            Article a = n._2();
            TreeSet<Long> own = spans.get(language(a));
            List<Tuple2<Tuple2<String, Long>, Tuple2<Boolean, Tuple2<Long, Article>>>> out = new ArrayList<>();
            if (a.published() == null) {
                out.add(new Tuple2<>(new Tuple2<>(language(a), own.last()), new Tuple2<>(true, n)));
                return out.iterator();
            }
            long span = TimeBuckets.span(a.published().firstDay().toEpochDay(), widthDays, origin);
            out.add(new Tuple2<>(new Tuple2<>(language(a), span), new Tuple2<>(true, n)));
            for (long later : own.tailSet(span, false)) {
                if (!TimeBuckets.warms(a, later, widthDays, coldDays, origin)) {
                    break;
                }
                out.add(new Tuple2<>(new Tuple2<>(language(a), later), new Tuple2<>(false, n)));
            }
            return out.iterator();
        }).groupByKey(Math.min(buckets, Math.max(1, articles.getNumPartitions()))).flatMap(bucket -> {
            List<Tuple2<Long, Article>> warmup = new ArrayList<>();
            List<Tuple2<Long, Article>> members = new ArrayList<>();
            bucket._2().forEach(m -> (m._1() ? members : warmup).add(m._2()));
            warmup.sort(Comparator.comparingLong(Tuple2::_1));
            members.sort(Comparator.comparingLong(Tuple2::_1));
            StoryBucket b = new StoryBucket(bucket._1()._1(), bucket._1()._2(), warmup.stream().map(Tuple2::_2).toList(),
                    members.stream().map(Tuple2::_2).toList());
            return StoryStitch.holdingMembers(b, ExecutorPipeline.get().cluster(b.all())).iterator();
        }).collect();
        List<String> published = articles.map(n -> new PublicationKey(n._2().published(), n._2().id(), n._1()))
                .sortBy(k -> k, true, Math.max(1, articles.getNumPartitions()))
                .map(PublicationKey::id)
                .collect();
        return new BucketedStories(buckets, StoryStitch.stitch(published, made));
    }

    private static String language(Article a) {
        return Objects.requireNonNullElse(a.language(), "");
    }

    /**
     * An article's place in publication order, as {@link StoryClusterer#publicationOrder} gives
     * it: the dated ones by date then id, then the undated ones in reading order.
     */
    record PublicationKey(org.crosscheck.time.PartialDate published, String id, long reading)
            implements Comparable<PublicationKey>, java.io.Serializable {

        private static final Comparator<PublicationKey> ORDER = Comparator
                .<PublicationKey, Boolean>comparing(k -> k.published == null)
                .thenComparing((x, y) -> x.published == null ? 0 : x.published.compareTo(y.published))
                .thenComparing((x, y) -> x.published == null ? 0 : x.id.compareTo(y.id))
                .thenComparingLong(PublicationKey::reading);

        @Override
        public int compareTo(PublicationKey other) {
            return ORDER.compare(this, other);
        }
    }
}
