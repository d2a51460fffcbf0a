package org.crosscheck.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.store.SqliteStore;

/**
 * A store directory into which {@code examples/} and the malicious article of
 * {@link ExampleReport} were ingested, as {@code crosscheck ingest} does; built once per test
 * JVM under {@code target/}.
 */
final class ExampleStore {

    private static Path directory;

    private ExampleStore() {
    }

    /** The store directory, ingested on first use. */
    static synchronized Path directory() {
        if (directory == null) {
            directory = build();
        }
        return directory;
    }

    private static Path build() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-inputs"));
            Path malicious = root.resolve("malicious-store.jsonl");
            Files.writeString(malicious, ExampleReport.maliciousJsonLine() + "\n", StandardCharsets.UTF_8);
            Path dir = Files.createTempDirectory(root, "example-store");
            try (SqliteStore store = SqliteStore.open(dir)) {
                IngestSummary summary = new Pipeline(PipelineSettings.defaults()).ingest(
                        List.of(Path.of("..", "examples").toString(), malicious.toString()), InputStream.nullInputStream(),
                        store, IngestListener.NONE, Progress.NONE);
                if (!summary.skipped().isEmpty() || summary.added() == 0) {
                    throw new IllegalStateException("examples were not ingested: " + summary);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
