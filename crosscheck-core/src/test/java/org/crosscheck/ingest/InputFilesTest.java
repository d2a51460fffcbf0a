package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InputReader#files}: reading the listed files one by one gives the documents, sources and
 * ids of reading the inputs, so that a run can read one file per task.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsTheFilesAWalkReadsInItsOrderAndReadingThemGivesTheSameDocuments() {
        Path walked = dir.resolve("crawl");
        write(walked, "b/second.txt", "Tide gauge fails\n\nThe tide gauge at Vennick Point failed on Monday, the harbour office said.\n");
        write(walked, "a/first.jsonl", "{\"id\": \"v-1\", \"text\": \"The Vennick ferry ran late on Monday.\"}\n"
                + "{\"id\": \"v-2\", \"text\": \"The Vennick pier closed on Tuesday for repairs.\"}\n");
        write(walked, "a/notes.md", "# not an article");
        write(walked, ".hidden/skip.txt", "Hidden\n\nNever read.\n");
        Path named = write(dir, "named.md", "Pier repairs begin\n\nRepairs to the Vennick pier began on Wednesday.\n");
        String missing = dir.resolve("missing.txt").toString();
        List<String> inputs = List.of(walked.toString(), named.toString(), missing);

        List<SkippedInput> skipped = new ArrayList<>();
        List<String> files = new InputReader(IngestLimits.defaults()).files(inputs, skipped::add);

        assertThat(files).containsExactly(walked + "/a/first.jsonl", walked + "/b/second.txt", named.toString(), missing);
        assertThat(skipped).isEmpty();
        CollectingListener whole = CollectingListener.read(inputs.toArray(String[]::new));
        CollectingListener oneByOne = new CollectingListener();
        for (String file : files) {
            new InputReader(IngestLimits.defaults()).read(List.of(file), null, oneByOne);
        }
        assertThat(oneByOne.sources()).isEqualTo(whole.sources()).hasSize(4);
        assertThat(oneByOne.documents).extracting(RawDocument::id).isEqualTo(whole.documents.stream().map(RawDocument::id).toList());
        assertThat(oneByOne.skipped).isEqualTo(whole.skipped).hasSize(1);
    }
}
