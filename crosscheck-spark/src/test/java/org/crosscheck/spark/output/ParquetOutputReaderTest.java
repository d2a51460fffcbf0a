package org.crosscheck.spark.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.report.JsonReport;
import org.crosscheck.spark.SparkRun;
import org.crosscheck.spark.files.HadoopFiles;
import org.crosscheck.store.ArticleHit;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoreWriter;
import org.crosscheck.store.StoredStory;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job run twice on the same inputs, once with {@code --format jsonl} and once with
 * {@code --format parquet}: the Parquet output read back and loaded into a store gives the store
 * that the JSON Lines output gives (stories as served, their articles, the article pages, counts);
 * a damaged Parquet folder is named in one line and leaves nothing to load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetOutputReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private Path jsonl;
    private Path parquet;

    @BeforeAll
    void runBothFormats() {
        List<String> inputs = List.of(Path.of("..", "examples", "skerrin-ferry-grounding").toString(),
                Path.of("..", "examples", "unrelated").toString());
        spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        jsonl = tmp.resolve("out-jsonl");
        parquet = tmp.resolve("out-parquet");
        new SparkRun(spark).run(inputs, jsonl.toString(), OutputFormat.JSONL);
        new SparkRun(spark).run(inputs, parquet.toString(), OutputFormat.PARQUET);
    }

    @Test
    void theParquetOutputLoadsAsTheJsonLinesOutputDoes() throws IOException {
        assertThat(ParquetOutputReader.holdsParquet(parquet)).isTrue();
        assertThat(ParquetOutputReader.holdsParquet(jsonl)).isFalse();
        Path converted = tmp.resolve("converted");
        new ParquetOutputReader(spark).convert(parquet, converted);

        // the articles in the job's reading order, each the same article
        assertThat(articles(converted)).isEqualTo(articles(jsonl));
        assertThat(storyMembers(converted)).isEqualTo(storyMembers(jsonl));

        Path fromJsonl = load(jsonl, "store-jsonl");
        Path fromParquet = load(converted, "store-parquet");
        try (SqliteStore want = SqliteStore.openReadOnly(fromJsonl); SqliteStore got = SqliteStore.openReadOnly(fromParquet)) {
            assertThat(got.counts()).isEqualTo(want.counts());
            List<StorySummary> listed = want.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0)).stories();
            assertThat(listed).hasSizeGreaterThanOrEqualTo(4);
            assertThat(got.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0)).stories()).isEqualTo(listed);
            for (StorySummary s : listed) {
                StoredStory w = want.story(s.id()).orElseThrow();
                StoredStory g = got.story(s.id()).orElseThrow();
                assertThat(JsonReport.story(g.report(), g.articles())).isEqualTo(JsonReport.story(w.report(), w.articles()));
            }
            List<ArticleHit> wantArticles = want.articles(new ArticleQuery(null, 100, 0)).articles();
            assertThat(wantArticles).isNotEmpty();
            assertThat(got.articles(new ArticleQuery(null, 100, 0)).articles()).isEqualTo(wantArticles);
            assertThat(got.storyOfArticles()).isEqualTo(want.storyOfArticles());
        }
    }

    @Test
    void rowsComeBackInTheOrderWrittenWithTheirFieldsAsTheObjectsHadThem() throws IOException {
        // short objects first, long ones after: the second part file is the larger, which Spark
        // would read first when it orders a folder's files by size
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = i < 20 ? "short" : "long ".repeat(400 + i);
            lines.add(i % 3 == 0
                    ? "{\"id\":\"a" + (100 - i) + "\",\"text\":\"" + text + "\"}"
                    : "{\"id\":\"a" + (100 - i) + "\",\"text\":\"" + text + "\",\"byline\":\"Tam Oduya\",\"tags\":[\"x\",\"y\"]}");
        }
        Path dir = tmp.resolve("ordered");
        JobOutput output = new JobOutput(spark, new HadoopFiles(spark.sparkContext().hadoopConfiguration()), dir.toString());
        output.write("articles", lines, OutputFormat.PARQUET);
        output.write("stories", List.of(), OutputFormat.PARQUET);
        Files.writeString(dir.resolve("reports.jsonl"), "");
        try (Stream<Path> files = Files.list(dir.resolve("articles.parquet"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count()).isGreaterThan(1);
        }

        Path converted = tmp.resolve("ordered-converted");
        new ParquetOutputReader(spark).convert(dir, converted);
        List<JsonNode> want = new ArrayList<>();
        for (String line : lines) {
            want.add(JSON.readTree(line));
        }
        List<JsonNode> got = new ArrayList<>();
        for (String line : Files.readAllLines(converted.resolve("articles.jsonl"))) {
            got.add(JSON.readTree(line));
        }
        assertThat(got).isEqualTo(want);
        assertThat(converted.resolve("stories.jsonl")).isEmptyFile();
    }

    @Test
    void aDamagedFolderIsNamedInOneLineAndNothingIsLeftToLoad() throws IOException {
        Path damaged = tmp.resolve("damaged");
        copy(parquet, damaged);
        Path part;
        try (Stream<Path> files = Files.list(damaged.resolve("stories.parquet"))) {
            part = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(part);
        Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as by a failed copy

        Path target = tmp.resolve("damaged-converted");
        assertThatThrownBy(() -> new ParquetOutputReader(spark).convert(damaged, target))
                .isInstanceOf(ParquetOutputException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith(damaged.resolve("stories.parquet") + ": cannot be read as Parquet (");
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
        assertThat(target.resolve("articles.jsonl")).doesNotExist();
        assertThat(target.resolve("stories.jsonl")).doesNotExist();
        // the loader finds no output there: nothing is stored
        Path store = tmp.resolve("store-damaged");
        try (SqliteStore s = SqliteStore.open(store)) {
            assertThatThrownBy(() -> pipeline().ingestOutput(target, s, IngestListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(s.counts().articles()).isZero();
            assertThat(s.counts().stories()).isZero();
        }
    }

    @Test
    void aMissingFolderIsNamed() throws IOException {
        Path half = tmp.resolve("half");
        copy(parquet, half);
        try (Stream<Path> files = Files.walk(half.resolve("articles.parquet"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertThatThrownBy(() -> new ParquetOutputReader(spark).convert(half, tmp.resolve("half-converted")))
                .isInstanceOf(ParquetOutputException.class)
                .hasMessage(half.resolve("articles.parquet") + ": no such folder (not a whole Parquet output of crosscheck spark)");
    }

    private static Pipeline pipeline() {
        return new Pipeline(PipelineSettings.defaults().withIngest(new IngestSettings(4)).withoutEmbeddings());
    }

    private Path load(Path output, String name) throws IOException {
        Path store = tmp.resolve(name);
        try (SqliteStore s = SqliteStore.open(store)) {
            pipeline().ingestOutput(output, s, IngestListener.NONE);
        }
        return store;
    }

    private static List<Article> articles(Path output) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(output.resolve("articles.jsonl"))) {
            articles.add(StoreWriter.article(line));
        }
        return articles;
    }

    private static List<JsonNode> storyMembers(Path output) throws IOException {
        List<JsonNode> members = new ArrayList<>();
        for (String line : Files.readAllLines(output.resolve("stories.jsonl"))) {
            JsonNode story = JSON.readTree(line);
            members.add(JSON.createArrayNode().add(story.get("id")).add(story.get("articleIds")));
        }
        return members;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
