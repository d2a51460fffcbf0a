package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.spark.output.OutputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.dedup.DedupSettings;

/**
 * The job in local mode ({@code local[2]}) over the bundled {@code examples/}, a near-copy of one
 * of them and a broken file,
 * against {@code analyze}'s report over the same inputs in one JVM: the same story objects
 * (articles, claims, conflicts, provenance, timeline, summary: the whole JSON), the same
 * articles and the same skipped inputs; the broken file is listed and the rest is processed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = Path.of("..", "examples").toString();

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private List<String> inputs;
    private ObjectNode expected;
    private List<SkippedInput> expectedSkipped;
    private List<NearDuplicate> expectedDuplicates;
    private Path out;
    private ObjectNode summary;

    @BeforeAll
    void runBoth() throws IOException {
        Path broken = tmp.resolve("broken.html.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4});
        // a mirror's lightly edited copy of one example: a near-duplicate of it
        Path mirror = tmp.resolve("mirror-copy.txt");
        Files.writeString(mirror, Files.readString(Path.of(EXAMPLES, "brenna-water-treaty", "lakeside-tribune.txt"))
                .stripTrailing() + "\n\nThis report first appeared in the Lakeside Tribune.\n");
        inputs = List.of(EXAMPLES, broken.toString(), mirror.toString());

        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        List<Article> articles = new ArrayList<>();
        expectedSkipped = new ArrayList<>();
        pipeline.extract(inputs, InputStream.nullInputStream(), ArticleSink.of(articles::add, expectedSkipped::add));
        expected = JsonReport.report(pipeline.analyze(articles, Progress.NONE));
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
        expectedDuplicates = new ArrayList<>();
        articles.forEach(a -> expectedDuplicates.addAll(index.add(pipeline.fingerprint(a))));

        spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        out = tmp.resolve("out");
        summary = new SparkRun(spark).run(inputs, out.toString(), OutputFormat.JSONL);
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void storiesAreTheObjectsOfAnalyze() throws IOException {
        List<JsonNode> stories = lines(out.resolve("stories.jsonl"));
        List<JsonNode> want = new ArrayList<>();
        expected.get("stories").forEach(want::add);
        assertThat(want).hasSizeGreaterThanOrEqualTo(6);
        assertThat(want.stream().mapToInt(s -> s.get("conflicts").size()).sum()).isPositive();
        assertThat(stories).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            assertThat(stories.get(i).get("articleIds")).isEqualTo(want.get(i).get("articleIds"));
            assertThat(stories.get(i).get("claims")).isEqualTo(want.get(i).get("claims"));
            assertThat(stories.get(i).get("conflicts")).isEqualTo(want.get(i).get("conflicts"));
            assertThat(stories.get(i)).isEqualTo(want.get(i));
        }
    }

    @Test
    void articlesAndLinksAreThoseOfTheReport() throws IOException {
        List<JsonNode> want = new ArrayList<>();
        expected.get("articles").forEach(want::add);
        assertThat(lines(out.resolve("articles.jsonl"))).isEqualTo(want);

        List<JsonNode> links = new ArrayList<>();
        for (JsonNode story : expected.get("stories")) {
            for (JsonNode link : story.get("provenance")) {
                ObjectNode n = JSON.createObjectNode().put("story", story.get("id").asText());
                n.setAll((ObjectNode) link);
                links.add(n);
            }
        }
        assertThat(links).isNotEmpty();
        assertThat(lines(out.resolve("links.jsonl"))).isEqualTo(links);
    }

    @Test
    void nearDuplicatesAreThoseOfTheSingleMachineIndex() throws IOException {
        assertThat(lines(out.resolve("duplicates.jsonl")))
                .extracting(d -> new NearDuplicate(d.get("articleId").asText(), d.get("earlierId").asText(),
                        d.get("jaccard").asDouble(), d.get("exact").asBoolean()))
                .containsExactlyInAnyOrderElementsOf(expectedDuplicates);
        assertThat(expectedDuplicates).isNotEmpty();
    }

    @Test
    void aBrokenFileIsListedAndTheRestProcessed() throws IOException {
        List<JsonNode> skipped = lines(out.resolve("skipped.jsonl"));
        assertThat(skipped).extracting(s -> s.get("source").asText()).contains(inputs.get(1));
        assertThat(skipped).extracting(s -> new SkippedInput(s.get("source").asText(), s.get("reason").asText()))
                .isEqualTo(expectedSkipped);
        assertThat(summary.get("articles").asInt()).isEqualTo(expected.get("articles").size());
        assertThat(summary.get("skipped").asInt()).isEqualTo(expectedSkipped.size());
        JsonNode written = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(written.get("stories").asInt()).isEqualTo(expected.get("stories").size());
        assertThat(written.get("bucketDays").asInt()).isEqualTo(SparkRun.DEFAULT_BUCKET_DAYS);
        assertThat(written.get("buckets").asInt()).isPositive();
        assertThat(written.get("stages")).extracting(s -> s.get("stage").asText())
                .containsExactly("list", "extract", "dedup", "cluster", "analyze", "write");
    }

    @Test
    void parquetHoldsTheSameStories() {
        Path parquet = tmp.resolve("parquet");
        String story = Path.of(EXAMPLES, "unrelated").toString();
        new SparkRun(spark).run(List.of(story), parquet.toString(), OutputFormat.PARQUET);
        var rows = spark.read().parquet(parquet.resolve("stories.parquet").toString()).select("id", "articleIds").collectAsList();
        List<String> ids = new ArrayList<>();
        for (JsonNode s : expected.get("stories")) {
            if (s.get("articleIds").size() > 0 && sourceOf(s.get("articleIds").get(0).asText()).contains("examples/unrelated/")) {
                ids.add(s.get("id").asText());
            }
        }
        assertThat(rows).extracting(r -> r.getString(0)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids).isNotEmpty();
        assertThat(ids).hasSize(3);
        assertThat(spark.read().parquet(parquet.resolve("articles.parquet").toString()).count()).isEqualTo(3);
    }

    private String sourceOf(String articleId) {
        for (JsonNode a : expected.get("articles")) {
            if (a.get("id").asText().equals(articleId)) {
                return a.get("source").asText();
            }
        }
        return "";
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
