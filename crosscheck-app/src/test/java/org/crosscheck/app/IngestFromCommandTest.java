package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.ArticleInStory;
import org.crosscheck.store.ReportCodec;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoredStory;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --from DIR}: an output folder as the Spark job writes it (made here by the same
 * core calls: the stories of the whole input, each analysed alone) gives the store the story
 * objects and articles that {@code ingest} of the same input gives.
 */
class IngestFromCommandTest {

    private static final List<String> INPUTS = List.of(
            Path.of("..", "examples", "skerrin-ferry-grounding").toString(),
            Path.of("..", "examples", "brenna-water-treaty").toString());

    @TempDir
    Path dir;

    private static Map<String, String> stories(Path storeDir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            for (StorySummary s : store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0)).stories()) {
                StoredStory story = store.story(s.id()).orElseThrow();
                out.put(s.id(), JsonReport.line(JsonReport.story(story.report(), story.articles())));
            }
        }
        return out;
    }

    private static Map<String, String> articles(Path storeDir, Iterable<String> ids) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            for (String id : ids) {
                ArticleInStory found = store.article(id).orElseThrow();
                out.put(id, JsonReport.line(JsonReport.article(found.article()).put("storyId", found.storyId())));
            }
        }
        return out;
    }

    /** The job's output over the inputs: articles.jsonl, stories.jsonl and reports.jsonl. */
    private Path jobOutput() throws IOException {
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        List<Article> articles = new ArrayList<>();
        pipeline.extract(INPUTS, InputStream.nullInputStream(), ArticleSink.of(articles::add, s -> { }));
        List<Story> stories = pipeline.cluster(articles);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<String> storyLines = new ArrayList<>();
        List<String> reportLines = new ArrayList<>();
        Map<String, org.crosscheck.time.PartialDate> borrowed = new HashMap<>();
        for (Story s : stories) {
            Report report = pipeline.storyAnalyst(Progress.NONE).analyze(List.of(s), byId);
            StoryReport r = report.stories().get(0);
            storyLines.add(JsonReport.line(JsonReport.story(r)));
            reportLines.add(ReportCodec.write(r));
            borrowed.putAll(r.borrowedDates());
        }
        Path out = Files.createDirectories(dir.resolve("job-out"));
        Files.write(out.resolve("articles.jsonl"), articles.stream()
                .map(a -> JsonReport.line(JsonReport.article(a, borrowed.get(a.id())))).toList());
        Files.write(out.resolve("stories.jsonl"), storyLines);
        Files.write(out.resolve("reports.jsonl"), reportLines);
        return out;
    }

    @Test
    void theOutputsStoriesAndArticlesAreThoseOfIngestOfTheSameInput() throws IOException {
        Path ingested = dir.resolve("ingested");
        List<String> args = new ArrayList<>(List.of("ingest", "--quiet"));
        args.addAll(INPUTS);
        args.addAll(List.of("--store", ingested.toString()));
        CliRun plain = CliRun.of(args.toArray(String[]::new));
        assertThat(plain.exitCode()).as(plain.err()).isZero();

        Path loaded = dir.resolve("loaded");
        CliRun from = CliRun.of("ingest", "--from", jobOutput().toString(), "--store", loaded.toString(), "--batch-size", "3");
        assertThat(from.exitCode()).as(from.err()).isZero();
        assertThat(from.errLines()).last().asString().startsWith("crosscheck: ingest done: added 8, duplicates 0, skipped 0,");

        Map<String, String> want = stories(ingested);
        assertThat(want).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stories(loaded)).isEqualTo(want);
        List<String> ids = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(ingested)) {
            for (String id : want.keySet()) {
                ids.addAll(store.story(id).orElseThrow().report().articleIds());
            }
        }
        assertThat(articles(loaded, ids)).isEqualTo(articles(ingested, ids));

        CliRun again = CliRun.of("ingest", "--quiet", "--from", dir.resolve("job-out").toString(), "--store", loaded.toString());
        assertThat(again.errLines()).last().asString().startsWith("crosscheck: ingest done: added 0, duplicates 8, skipped 0, stories touched 0,");
        assertThat(stories(loaded)).isEqualTo(want);
    }

    @Test
    void aReportLineThatCannotBeReadIsSkippedWithItsReasonAndTheRestLoaded() throws IOException {
        Path out = jobOutput();
        Path reports = out.resolve("reports.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(reports));
        String dropped = lines.remove(0);
        lines.add(0, "{\"id\": [], \"claims\": 7}");
        Files.write(reports, lines);
        CliRun run = CliRun.of("ingest", "--from", out.toString(), "--store", dir.resolve("s").toString());
        assertThat(run.err()).contains("reports.jsonl#1: not a story report")
                .contains("has no report in reports.jsonl");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            assertThat(store.counts().stories()).isEqualTo(lines.size() - 1);
            assertThat(store.story(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(dropped)
                    .get("id").asText())).isEmpty();
        }
    }

    @Test
    void inputsAndFromTogetherOrNeitherIsAUsageError() {
        CliRun both = CliRun.of("ingest", "x.txt", "--from", dir.toString(), "--store", dir.resolve("s").toString());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err().strip()).isEqualTo("crosscheck: ingest takes INPUT... or --from DIR, not both");
        CliRun neither = CliRun.of("ingest", "--store", dir.resolve("s").toString());
        assertThat(neither.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aFolderWithoutTheOutputsIsNamed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("ingest", "--from", empty.toString(), "--store", dir.resolve("s").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_PROCESSED);
        assertThat(run.err().strip()).isEqualTo("crosscheck: --from " + empty
                + ": no articles.jsonl and stories.jsonl (not an output folder of crosscheck spark)");
    }
}
