package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
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

    /** An open store and the ingest that writes into it. */
    record OpenStore(Store store, BodyIngest ingest) {
    }

    OpenStore open(Path directory) throws IOException;

    /**
     * The store of this build: the SQLite store of {@code ingest}, with the pipeline's body
     * ingest (default settings) writing into it.
     */
    static StoreOpener standard() {
        return directory -> {
            SqliteStore store = SqliteStore.open(directory);
            return new OpenStore(store, new Pipeline(PipelineSettings.defaults()).bodyIngest(store, IngestSettings.defaults()));
        };
    }
}
