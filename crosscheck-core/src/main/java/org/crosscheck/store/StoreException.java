package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A store that cannot be used as asked: written by a newer or an older build, being written by another
 * ingest, or opened read-only. The message is one line that names the store's directory; the CLI prints it and exits
 * with 3 (nothing could be processed).
 */
public final class StoreException extends IOException {

    private StoreException(String message) {
        super(message);
    }

    static StoreException newerSchema(Path dir, int found, int supported) {
        return new StoreException("store " + dir + " has schema version " + found
                + ", newer than this build of crosscheck reads (schema version " + supported + "); use a newer crosscheck");
    }

    static StoreException olderSchema(Path dir, int found, int supported) {
        return new StoreException("store " + dir + " has schema version " + found + ", older than this build of crosscheck reads"
                + " (schema version " + supported + "); ingest its inputs into a new store");
    }

    static StoreException locked(Path dir) {
        return new StoreException("store " + dir + " is being written by another ingest (" + dir.resolve(StoreSchema.LOCK_FILE)
                + " is held); one writer at a time, try again when it has finished");
    }

    static StoreException readOnly(Path dir) {
        return new StoreException("store " + dir + " is open read-only; it cannot be written through this process");
    }

    static StoreException notAStore(Path dir, String why) {
        return new StoreException("store " + dir + " cannot be opened: " + why);
    }
}
