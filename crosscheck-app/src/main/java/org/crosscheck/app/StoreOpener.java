package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.app.web.StatementJudge;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.BodyIngest;
import org.crosscheck.store.IngestSettings;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.Store;

/**
 * Opens the persistent store that {@code serve} answers from, with the ingest that takes the
 * bodies of {@code POST /api/articles}. The one place where the command line picks the store
 * implementation.
 */
@FunctionalInterface
interface StoreOpener {

    /** An open store, the ingest that writes into it and the judge of the statements checked against it. */
    record OpenStore(Store store, BodyIngest ingest, StatementJudge judge) {
    }

    OpenStore open(Path directory) throws IOException;

    /**
     * The store of this build: the SQLite store of {@code ingest}, with the pipeline's body
     * ingest (default settings) writing into it and its verifier (models loaded once) judging
     * statements.
     */
    static StoreOpener standard() {
        return directory -> {
            SqliteStore store = SqliteStore.open(directory);
            Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
            return new OpenStore(store, pipeline.bodyIngest(store, IngestSettings.defaults()), pipeline::verify);
        };
    }
}
