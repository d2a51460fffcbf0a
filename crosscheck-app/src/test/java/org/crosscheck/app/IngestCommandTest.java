package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.report.JsonReport;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoredStory;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest INPUT... --store DIR}: batches on standard error, the summary line, exit codes, idempotence. */
class IngestCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private static Map<String, String> stories(Path storeDir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (SqliteStore store = SqliteStore.open(storeDir)) {
            for (StorySummary s : store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0)).stories()) {
                StoredStory story = store.story(s.id()).orElseThrow();
                out.put(s.id(), JsonReport.story(story.report(), story.articles()).toString());
            }
        }
        return out;
    }

    @Test
    void ingestsTheExamplesOnceAndASecondRunChangesNothing() throws IOException {
        Path store = dir.resolve("store");
        CliRun first = CliRun.of("ingest", EXAMPLES.toString(), "--store", store.toString(), "--batch-size", "8");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.errLines()).filteredOn(l -> l.startsWith("crosscheck: ingested ")).hasSize(4)
                .last().asString().endsWith("30 total)");
        assertThat(first.errLines()).last().asString()
                .startsWith("crosscheck: ingest done: added 30, duplicates 0, skipped 0, stories touched ")
                .contains("articles/s");
        Map<String, String> before = stories(store);
        assertThat(before.size()).isBetween(5, 10);
        assertThat(before.values()).anyMatch(json -> json.contains("\"status\":\"disputed\""));

        CliRun again = CliRun.of("ingest", "--quiet", EXAMPLES.toString(), "--store", store.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.errLines()).hasSize(1).first().asString()
                .startsWith("crosscheck: ingest done: added 0, duplicates 30, skipped 0, stories touched 0,");
        assertThat(stories(store)).isEqualTo(before);
    }

    @Test
    void anUnreadableInputIsNamedAndTheRunExitsWithOne() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("note.txt"), """
                Harbour crane returns to Oskarby quay
                March 3, 2025

                The restored harbour crane was lifted back onto the Oskarby quay on Monday, the port office said.

                Engineers spent two winters replacing its rusted gears.
                """, StandardCharsets.UTF_8);
        Files.write(inputs.resolve("broken.html.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
        Path store = dir.resolve("store");
        CliRun run = CliRun.of("ingest", "--quiet", "--no-embeddings", inputs.toString(), "--store", store.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.SOME_SKIPPED);
        assertThat(run.err()).contains("broken.html.gz").contains("added 1, duplicates 0, skipped 1");

        CliRun nothing = CliRun.of("ingest", "--quiet", inputs.resolve("broken.html.gz").toString(), "--store", store.toString());
        assertThat(nothing.exitCode()).isEqualTo(ExitCode.NOTHING_PROCESSED);
        assertThat(nothing.err()).contains("nothing could be processed");
    }

    @Test
    void aStoreFromANewerVersionIsRefusedInOneLine() throws Exception {
        Path store = dir.resolve("store");
        SqliteStore.open(store).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("crosscheck.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET value = '9' WHERE key = 'schema_version'");
        }
        CliRun run = CliRun.of("ingest", EXAMPLES.resolve("unrelated").toString(), "--store", store.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_PROCESSED);
        assertThat(run.errLines()).hasSize(1).first().asString().contains(store.toString()).contains("schema version 9");
    }

    @Test
    void theStoreOptionIsRequired() {
        CliRun run = CliRun.of("ingest", EXAMPLES.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--store");
    }
}
