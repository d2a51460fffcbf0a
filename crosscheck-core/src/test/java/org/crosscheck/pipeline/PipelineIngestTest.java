package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.Alignment;
import org.crosscheck.claims.ClaimSet;
import org.crosscheck.report.StoryReporter;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoryQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Pipeline.ingest} and the server's {@code bodyIngest}, with a stand-in story analysis
 * (the stages after clustering are tested elsewhere; here the wiring is the subject).
 */
class PipelineIngestTest {

    @TempDir
    Path dir;

    private final List<String> analysed = new ArrayList<>();
    private final StoryReporter reporter = new StoryReporter();
    private final Pipeline pipeline = new Pipeline(new PipelineSettings(1).withoutEmbeddings(), (story, members) -> {
        synchronized (analysed) {
            analysed.add(story.id());
        }
        return reporter.report(story, members, List.of(), new ClaimSet(List.of(), List.of()), new Alignment(List.of(), List.of()));
    });

    private static final String BODY = """
            {"id": "crane-1", "title": "Harbour crane returns to Oskarby quay", "published": "2025-03-03", "site": "Oskarby Post", "text": "The restored harbour crane was lifted back onto the Oskarby quay on Monday, the port office said. Engineers spent two winters replacing its rusted gears."}
            {"id": "crane-2", "title": "Oskarby quay gets its harbour crane back", "published": "2025-03-04", "site": "Quay Weekly", "text": "Oskarby's harbour crane is back on the quay after two winters of repairs to its rusted gears, the port office said on Monday."}
            """;

    @Test
    void aBodyIsIngestedUnderItsNameAndTheSameBodyAgainIsAllDuplicates() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("store"))) {
            var ingest = pipeline.bodyIngest(store);
            IngestResult first = ingest.ingest("upload.jsonl", BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.skipped()).isEmpty();
            assertThat(store.article("crane-1").orElseThrow().article().source()).isEqualTo("upload.jsonl#1");
            assertThat(store.article("crane-1").orElseThrow().storyId()).isEqualTo(store.article("crane-2").orElseThrow().storyId());
            assertThat(analysed).hasSize(1);

            IngestResult again = ingest.ingest("again.jsonl", BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(analysed).hasSize(1);

            IngestResult broken = ingest.ingest("broken.html.gz", new byte[] {31, -117, 8, 0, 9, 9});
            assertThat(broken.added()).isZero();
            assertThat(broken.skipped()).hasSize(1);
            assertThat(broken.skipped().get(0).source()).isEqualTo("broken.html.gz");
            assertThat(broken.skipped().get(0).message()).doesNotContain(System.getProperty("java.io.tmpdir"));
            assertThat(store.stories(new StoryQuery("crane", StoryQuery.Order.NEWEST, 10, 0)).total()).isEqualTo(1);
        }
    }
}
