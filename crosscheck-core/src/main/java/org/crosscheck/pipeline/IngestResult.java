package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.ingest.SkippedInput;

/**
 * What one ingest did ({@code POST /api/articles} answers it as JSON).
 *
 * @param added      articles new to the store
 * @param duplicates articles the store already held (same id or the same text), left unchanged
 * @param skipped    inputs that could not be read, each with its reason
 */
public record IngestResult(int added, int duplicates, List<SkippedInput> skipped) {

    public IngestResult {
        skipped = List.copyOf(skipped);
    }
}
