package org.crosscheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.StoreIngest;
import org.crosscheck.pipeline.StoryAnalyst;
import org.crosscheck.cluster.ClusterSettings;

/**
 * The child process of {@link StoreCrashTest}: ingests one input into a store in small batches
 * (headlines only, no language models) and prints {@code ingested N articles (M total)} on
 * standard error after each batch is durable; {@code PAUSE_MS} between batches paces it so that
 * the parent's kill lands in the middle of the run. Arguments: STORE INPUT BATCH PAUSE_MS.
 */
public final class StoreCrashChild {

    private StoreCrashChild() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        String input = args[1];
        int batch = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        try (SqliteStore s = SqliteStore.open(store);
             StoreIngest run = StoreIngest.start(s, new IngestSettings(batch), ClusterSettings.defaults(), null, StoryAnalyst.headlinesOnly(),
                     new IngestListener() {
                         @Override
                         public void batchDone(int added, int duplicates, long total) {
                             System.err.println("ingested " + added + " articles (" + total + " total)");
                             System.err.flush();
                             try {
                                 Thread.sleep(pause);
                             } catch (InterruptedException e) {
                                 Thread.currentThread().interrupt();
                             }
                         }
                     })) {
            new Pipeline(new PipelineSettings(1)).extract(List.of(input), System.in, ArticleSink.of(run::article, run::skipped));
            IngestSummary summary = run.finish();
            System.err.println("finished: added " + summary.added());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
