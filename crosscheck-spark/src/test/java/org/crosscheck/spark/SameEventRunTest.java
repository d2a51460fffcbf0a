package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.spark.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job runs {@code analyze}'s same-event pass: two tellings of one canal accident that
 * clustering keeps apart (one leads with the accident, the other with what it costs the hire-boat
 * firms) are one story in both, analysed again as one; with buckets of one day, so that the two
 * tellings start in different buckets of the pass.
 */
class SameEventRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theJobMergesTheStoriesAnalyzeMergesAndGivesTheSameStoryObjects() throws Exception {
        List<String> inputs = List.of(Path.of("src", "test", "resources", "same-event").toString());
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        List<Article> articles = new ArrayList<>();
        pipeline.extract(inputs, InputStream.nullInputStream(), ArticleSink.of(articles::add, s -> { }));
        assertThat(pipeline.cluster(articles)).as("clustering alone keeps the two tellings apart")
                .extracting(Story::articleIds)
                .containsExactly(List.of("vennick-lock"), List.of("hire-boats"));
        JsonNode expected = JsonReport.report(pipeline.analyze(articles, Progress.NONE));
        List<JsonNode> want = new ArrayList<>();
        expected.get("stories").forEach(want::add);
        assertThat(want).as("analyze merges them").extracting(s -> s.get("articleIds").toString())
                .containsExactly("[\"vennick-lock\",\"hire-boats\"]");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        Path out = tmp.resolve("out");
        var summary = new SparkRun(spark, 1, true).run(inputs, out.toString(), OutputFormat.JSONL);

        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            stories.add(JSON.readTree(line));
        }
        assertThat(stories).isEqualTo(want);
        assertThat(summary.get("stories").asInt()).isEqualTo(1);
        List<JsonNode> articleLines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            articleLines.add(JSON.readTree(line));
        }
        List<JsonNode> wantArticles = new ArrayList<>();
        expected.get("articles").forEach(wantArticles::add);
        assertThat(articleLines).isEqualTo(wantArticles);
    }
}
