package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.spark.files.UnknownFileSystemException;
import org.crosscheck.spark.output.OutputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The job reads inputs and writes {@code --out} through Hadoop: {@code file:} URIs give what plain paths give. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HadoopPathRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void fileUrisInAndOutGiveThePlainPathsStoriesAndArticles() throws IOException {
        Path input = Path.of("..", "examples", "unrelated");
        Path plainOut = tmp.resolve("plain");
        new SparkRun(spark).run(List.of(input.toString()), plainOut.toString(), OutputFormat.JSONL);
        String uri = input.toAbsolutePath().normalize().toUri().toString();
        Path uriOut = tmp.resolve("uri");
        new SparkRun(spark).run(List.of(uri), uriOut.toUri().toString(), OutputFormat.JSONL);

        List<JsonNode> plainStories = lines(plainOut.resolve("stories.jsonl"));
        assertThat(plainStories).hasSize(3);
        assertThat(lines(uriOut.resolve("stories.jsonl"))).extracting(s -> s.get("articleIds"))
                .isEqualTo(plainStories.stream().map(s -> s.get("articleIds")).toList());
        List<JsonNode> articles = lines(uriOut.resolve("articles.jsonl"));
        assertThat(articles).hasSize(3).allSatisfy(a -> assertThat(a.get("source").asText()).startsWith(uri));
        assertThat(articles).extracting(a -> a.get("id")).isEqualTo(lines(plainOut.resolve("articles.jsonl")).stream()
                .map(a -> a.get("id")).toList());
        assertThat(uriOut.resolve("summary.json")).exists();
    }

    @Test
    void anUnknownSchemeStopsTheJobNamingIt() {
        assertThatThrownBy(() -> new SparkRun(spark).run(List.of("../examples/unrelated"), "nosuchfs://bucket/out",
                OutputFormat.JSONL))
                .isInstanceOf(UnknownFileSystemException.class)
                .hasMessageStartingWith("nosuchfs://bucket/out: no file system for scheme \"nosuchfs\"");
        assertThatThrownBy(() -> new SparkRun(spark).run(List.of("nosuchfs://bucket/in"), tmp.resolve("o").toString(),
                OutputFormat.JSONL))
                .isInstanceOf(UnknownFileSystemException.class)
                .hasMessageContaining("\"nosuchfs\"");
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
