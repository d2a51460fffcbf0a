package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.ingest.SkippedInput;

/**
 * What one ingest run did.
 *
 * @param run            the run's id in the store's {@code runs} table
 * @param added          articles new to the store
 * @param duplicates     articles the store held already (same id or same normalised text)
 * @param skipped        inputs that could not be read, with their reasons
 * @param storiesTouched stories opened or joined, and so analysed again
 * @param problems       stories whose analysis failed (stored without findings)
 * @param seconds        wall time of the run
 */
public record IngestSummary(long run, int added, int duplicates, List<SkippedInput> skipped, int storiesTouched,
                            List<String> problems, double seconds) {

    public IngestSummary {
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** New articles per second of wall time. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : added / seconds;
    }

    /** The answer of {@code POST /api/articles}. */
    public IngestResult result() {
        return new IngestResult(added, duplicates, skipped);
    }
}
