package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.app.web.StatementJudge;
import org.crosscheck.pipeline.BodyIngest;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.Store;

/**
 * Opens the persistent store that {@code serve} answers from, with the ingest that takes the
 * bodies of {@code POST /api/articles} unless the store is served read-only. The one place where the command line picks the store
 * implementation.
 */
@FunctionalInterface
interface StoreOpener {

    /**
     * An open store, the ingest that writes into it (null when the store is open read-only) and
     * the judge of the statements checked against it.
     */
    record OpenStore(Store store, BodyIngest ingest, StatementJudge judge) {

        /** Whether the store is served without writes. */
        boolean readOnly() {
            return ingest == null;
        }
    }

    /**
     * Opens the store in {@code directory}; read-only when {@code readOnly} says so or when this
     * process cannot write it.
     */
    OpenStore open(Path directory, boolean readOnly) throws IOException;

    /**
     * The store of this build: the SQLite store of {@code ingest}, with the pipeline's body
     * ingest (the shipped settings) writing into it and its verifier (models loaded once) judging
     * statements; opened read-only, without an ingest, when asked or when a write into the
     * directory or its database fails (a read-only disk, no write permission).
     */
    static StoreOpener standard() {
        return standard(PipelineSettings.defaults());
    }

    /**
     * The store of this build, as {@link #standard()}, with the pipeline put together by {@code settings}
     * (the uploads' ingest too).
     */
    static StoreOpener standard(PipelineSettings settings) {
        return (directory, readOnly) -> {
            Pipeline pipeline = new Pipeline(settings);
            // statements are checked against the stored articles with the annotations their ingest
            // kept; what the server annotates itself (statements, uploads) is not kept
            if (readOnly || !SqliteStore.writable(directory)) {
                SqliteStore store = SqliteStore.openReadOnly(directory);
                pipeline.readAnnotationsOf(store);
                return new OpenStore(store, null, StatementJudge.of(pipeline));
            }
            SqliteStore store = SqliteStore.open(directory);
            pipeline.readAnnotationsOf(store);
            return new OpenStore(store, pipeline.bodyIngest(store), StatementJudge.of(pipeline));
        };
    }
}
