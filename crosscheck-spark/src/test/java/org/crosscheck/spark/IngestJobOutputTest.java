package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.spark.output.OutputFormat;
import org.crosscheck.report.JsonReport;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoredStory;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's output loaded into a store ({@code ingest --from}): the store serves the job's story objects and articles. */
class IngestJobOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theStoreServesTheJobsStoriesAndArticles() throws IOException {
        List<String> inputs = List.of(Path.of("..", "examples", "skerrin-ferry-grounding").toString(),
                Path.of("..", "examples", "unrelated").toString());
        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        Path out = tmp.resolve("out");
        new SparkRun(spark).run(inputs, out.toString(), OutputFormat.JSONL);
        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            stories.add(JSON.readTree(line));
        }
        int articles = Files.readAllLines(out.resolve("articles.jsonl")).size();

        Path storeDir = tmp.resolve("store");
        IngestSummary summary;
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            summary = new Pipeline(PipelineSettings.defaults().withIngest(new IngestSettings(4)).withoutEmbeddings())
                    .ingestOutput(out, store, IngestListener.NONE);
        }
        assertThat(summary.added()).isEqualTo(articles);
        assertThat(summary.storiesTouched()).isEqualTo(stories.size());
        assertThat(stories).hasSizeGreaterThanOrEqualTo(4);

        try (SqliteStore store = SqliteStore.openReadOnly(storeDir)) {
            List<StorySummary> listed = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0)).stories();
            assertThat(listed).extracting(StorySummary::id)
                    .containsExactlyInAnyOrderElementsOf(stories.stream().map(s -> s.get("id").asText()).toList());
            for (JsonNode s : stories) {
                StoredStory stored = store.story(s.get("id").asText()).orElseThrow();
                // the server answers the report's story object with the story's article objects
                ObjectNode served = JsonReport.story(stored.report(), stored.articles());
                JsonNode members = served.remove("articles");
                assertThat(served).isEqualTo(s);
                List<String> memberIds = new ArrayList<>();
                members.forEach(m -> memberIds.add(m.get("id").asText()));
                List<String> wantIds = new ArrayList<>();
                s.get("articleIds").forEach(id -> wantIds.add(id.asText()));
                assertThat(memberIds).isEqualTo(wantIds);
            }
            assertThat(store.counts().articles()).isEqualTo(articles);
        }
    }
}
