package org.crosscheck.store;

/**
 * A search the index cannot run as asked (Lucene refuses a query with too many clauses); the
 * question, not the store, is at fault, so a server answers it as a bad request.
 */
public final class UnrunnableQueryException extends RuntimeException {

    public UnrunnableQueryException(Throwable cause) {
        super("the search cannot be run: " + cause.getMessage(), cause);
    }
}
