package org.crosscheck.spark.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.spark.ExecutorPipeline;
import scala.Tuple2;

/**
 * The story stage of the job: the articles bucketed by language and publication days as
 * {@link TimeBuckets} buckets them, each bucket gathered and its stories made by the core's
 * clustering ({@code StoryStream} in publication order) in its own task (one partition of a
 * shuffle, or, when the input fits one bucket, the held articles read in place), and stitched across
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
        // the languages and publication days the input holds: few, whatever its size
        List<Tuple2<String, Long>> days = articles.values().map(a -> new Tuple2<>(language(a),
                a.published() == null ? null : a.published().firstDay().toEpochDay())).distinct().collect();
        java.util.OptionalLong earliest = days.stream().filter(d -> d._2() != null).mapToLong(Tuple2::_2).min();
        long origin = TimeBuckets.origin(earliest);
        Map<String, TreeSet<Long>> spans = new TreeMap<>();
        for (Tuple2<String, Long> day : days) {
            TreeSet<Long> own = spans.computeIfAbsent(day._1(), k -> new TreeSet<>());
            if (day._2() != null) {
                own.add(TimeBuckets.span(day._2(), widthDays, origin));
            }
        }
        spans.values().forEach(s -> {
            if (s.isEmpty()) {
                s.add(0L); // a language of undated articles only: one span
            }
        });
        List<Tuple2<String, Long>> keys = new ArrayList<>();
        spans.forEach((language, own) -> own.forEach(span -> keys.add(new Tuple2<>(language, span))));
        if (keys.isEmpty()) {
            return new BucketedStories(0, List.of());
        }
        if (keys.size() == 1) {
            Tuple2<List<List<String>>, List<String>> one = oneBucket(articles, keys.get(0));
            return new BucketedStories(1, StoryStitch.stitch(one._2(), one._1()));
        }
        List<List<String>> made = manyBuckets(articles, keys, spans, widthDays, coldDays, origin);
        List<String> published = articles.map(n -> new PublicationKey(n._2().published(), n._2().id(), n._1()))
                .sortBy(k -> k, true, Math.max(1, articles.getNumPartitions()))
                .map(PublicationKey::id)
                .collect();
        return new BucketedStories(keys.size(), StoryStitch.stitch(published, made));
    }

    /**
     * An input that fits one bucket: its one task reads the articles where they are held, in
     * reading order, with no shuffle, every article a member, and gives its stories with the
     * article ids in publication order (which the bucket's own order then is).
     */
    private static Tuple2<List<List<String>>, List<String>> oneBucket(JavaPairRDD<Long, Article> articles, Tuple2<String, Long> key) {
        return articles.coalesce(1).mapPartitions(all -> {
            List<Tuple2<Long, Article>> numbered = new ArrayList<>();
            all.forEachRemaining(numbered::add);
            numbered.sort(Comparator.comparingLong(Tuple2::_1));
            List<Article> members = numbered.stream().map(Tuple2::_2).toList();
            List<String> published = StoryClusterer.publicationOrder(members).stream().map(Article::id).toList();
            return List.of(new Tuple2<>(clustered(new StoryBucket(key._1(), key._2(), List.of(), members)), published)).iterator();
        }).collect().get(0);
    }

    /**
     * Each article sent to the bucket that owns it and, as warm-up, to the later buckets of its
     * language within the cold-story window; each bucket is one partition of the shuffle, read as
     * it streams in and clustered in its task.
     */
    private static List<List<String>> manyBuckets(JavaPairRDD<Long, Article> articles, List<Tuple2<String, Long>> keys,
                                                  Map<String, TreeSet<Long>> spans, int widthDays, int coldDays, long origin) {
        Map<Tuple2<String, Long>, Integer> place = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            place.put(keys.get(i), i);
        }
        return articles.flatMapToPair(n -> {
            Article a = n._2();
            TreeSet<Long> own = spans.get(language(a));
            List<Tuple2<Integer, Tuple2<Boolean, Tuple2<Long, Article>>>> out = new ArrayList<>();
            if (a.published() == null) {
                out.add(new Tuple2<>(place.get(new Tuple2<>(language(a), own.last())), new Tuple2<>(true, n)));
                return out.iterator();
            }
            long span = TimeBuckets.span(a.published().firstDay().toEpochDay(), widthDays, origin);
            out.add(new Tuple2<>(place.get(new Tuple2<>(language(a), span)), new Tuple2<>(true, n)));
            for (long later : own.tailSet(span, false)) {
                if (!TimeBuckets.warms(a, later, widthDays, coldDays, origin)) {
                    break;
                }
                out.add(new Tuple2<>(place.get(new Tuple2<>(language(a), later)), new Tuple2<>(false, n)));
            }
            return out.iterator();
        }).partitionBy(new HashPartitioner(keys.size())).mapPartitionsWithIndex((index, sent) -> { // bucket i, an Integer key, is partition i
            List<Tuple2<Long, Article>> warmup = new ArrayList<>();
            List<Tuple2<Long, Article>> members = new ArrayList<>();
            sent.forEachRemaining(m -> (m._2()._1() ? members : warmup).add(m._2()._2()));
            if (members.isEmpty() && warmup.isEmpty()) {
                return java.util.Collections.<List<String>>emptyIterator();
            }
            warmup.sort(Comparator.comparingLong(Tuple2::_1));
            members.sort(Comparator.comparingLong(Tuple2::_1));
            Tuple2<String, Long> key = keys.get(index);
            return clustered(new StoryBucket(key._1(), key._2(), warmup.stream().map(Tuple2::_2).toList(),
                    members.stream().map(Tuple2::_2).toList())).iterator();
        }, false).collect();
    }

    /** The bucket's stories that hold at least one of its members, each as its article ids. */
    private static List<List<String>> clustered(StoryBucket bucket) {
        return StoryStitch.holdingMembers(bucket, ExecutorPipeline.get().cluster(bucket.all()));
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
