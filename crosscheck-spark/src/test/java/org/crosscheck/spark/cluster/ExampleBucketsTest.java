package org.crosscheck.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bundled examples clustered bucket by bucket and stitched, against the core's clustering
 * of all of them at once: one bucket gives the same stories, and so do buckets of a few days
 * that split the examples' stories across edges; no article is lost or given twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleBucketsTest {

    private final Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
    private List<Article> articles;
    private List<Story> whole;

    @BeforeAll
    void read() {
        articles = new ArrayList<>();
        pipeline.extract(List.of(Path.of("..", "examples").toString()), InputStream.nullInputStream(),
                ArticleSink.of(articles::add, s -> { }));
        whole = pipeline.cluster(articles);
    }

    private List<Story> bucketed(int widthDays) {
        List<StoryBucket> buckets = TimeBuckets.of(articles, widthDays, pipeline.settings().cluster().coldDays());
        List<List<Story>> stories = new ArrayList<>();
        buckets.forEach(b -> stories.add(pipeline.cluster(b.all())));
        return StoryStitch.stitch(articles, buckets, stories);
    }

    @Test
    void oneBucketGivesTheStoriesOfTheWholeRun() {
        assertThat(TimeBuckets.of(articles, 100_000, 7)).hasSize(1);
        assertThat(bucketed(100_000)).isEqualTo(whole);
    }

    @Test
    void smallBucketsSplitStoriesAcrossEdgesAndStitchThemBack() {
        for (int width : new int[] {1, 2, 3, 5}) {
            List<StoryBucket> buckets = TimeBuckets.of(articles, width, pipeline.settings().cluster().coldDays());
            assertThat(buckets).as("buckets of %d days", width).hasSizeGreaterThan(3);
            List<Story> stories = bucketed(width);
            Set<String> ids = new HashSet<>();
            stories.forEach(s -> s.articleIds().forEach(id -> assertThat(ids.add(id)).as("given once: %s", id).isTrue()));
            assertThat(ids).hasSize(articles.size());
            assertThat(stories).as("buckets of %d days", width).isEqualTo(whole);
        }
    }

    @Test
    void theJobsStoryStageInLocalModeGivesTheWholeRunsStoriesWithBucketsOfOneDay() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        List<scala.Tuple2<Long, Article>> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            numbered.add(new scala.Tuple2<>((long) i, articles.get(i)));
        }
        BucketedStories bucketed = BucketedStories.of(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelizePairs(numbered, 3),
                1, pipeline.settings().cluster().coldDays());
        assertThat(bucketed.buckets()).isGreaterThan(3)
                .isEqualTo(TimeBuckets.of(articles, 1, pipeline.settings().cluster().coldDays()).size());
        assertThat(bucketed.stories()).isEqualTo(whole);
    }

    @Test
    void atLeastOneStorySpansTwoBucketsOfOneDay() {
        List<StoryBucket> buckets = TimeBuckets.of(articles, 1, pipeline.settings().cluster().coldDays());
        boolean split = false;
        for (Story s : whole) {
            Set<Long> spans = new HashSet<>();
            for (StoryBucket b : buckets) {
                if (b.members().stream().anyMatch(a -> s.articleIds().contains(a.id()))) {
                    spans.add(b.index());
                }
            }
            split |= spans.size() > 1;
        }
        assertThat(split).isTrue();
    }
}
