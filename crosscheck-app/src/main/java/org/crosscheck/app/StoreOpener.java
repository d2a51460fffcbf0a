package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.store.BodyIngest;
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
     * The store implementation of this build. The SQLite store lands on another branch; once it
     * is merged this becomes {@code return directory -> { var s = SqliteStore.open(directory);
     * return new OpenStore(s, s::ingest); };} (or however SqliteStore spells its opener).
     */
    static StoreOpener standard() {
        return directory -> {
            throw new IOException("no store implementation in this build: serve needs the SQLite store (org.crosscheck.store.SqliteStore)");
        };
    }
}
