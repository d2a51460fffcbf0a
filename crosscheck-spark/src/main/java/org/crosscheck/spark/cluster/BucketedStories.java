package org.crosscheck.spark.cluster;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.spark.ExecutorPipeline;

/**
 * The story stage of the job: the articles bucketed by language and publication days
 * ({@link TimeBuckets}), each bucket's stories made by the core's clustering ({@code StoryStream}
 * in publication order) in its own task, and stitched across bucket edges on the driver
 * ({@link StoryStitch}).
 *
 * @param buckets the buckets the articles were split into
 * @param stories every article's story, in the order the stories opened
 */
public record BucketedStories(List<StoryBucket> buckets, List<Story> stories) {

    /**
     * @param articles  the articles, in reading order
     * @param widthDays the span of a bucket in days
     * @param coldDays  the cluster settings' cold-story window, the overlap of a bucket with the one before
     */
    public static BucketedStories of(JavaSparkContext sc, List<Article> articles, int widthDays, int coldDays) {
        List<StoryBucket> buckets = TimeBuckets.of(articles, widthDays, coldDays);
        List<List<Story>> stories = buckets.isEmpty() ? List.of()
                : sc.parallelize(buckets, buckets.size()).map(b -> ExecutorPipeline.get().cluster(b.all())).collect();
        return new BucketedStories(buckets, StoryStitch.stitch(articles, buckets, stories));
    }
}
