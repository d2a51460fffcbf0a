package org.crosscheck.verify;

import java.util.List;
import java.util.Objects;
import org.crosscheck.extract.Article;

/**
 * One statement to check and the sources to check it against.
 *
 * @param id        the job's id, echoed in the result (may be null for a single statement)
 * @param statement one or more sentences
 * @param sources   the source articles
 */
public record VerifyJob(String id, String statement, List<Article> sources) {

    /**
     * The longest statement judged, in characters: a few paragraphs. Every sentence of a
     * statement is annotated and compared with every source, so an unbounded one costs minutes
     * and gigabytes; a longer one is refused.
     */
    public static final int MAX_STATEMENT_CHARS = 10_000;

    public VerifyJob {
        Objects.requireNonNull(statement, "statement");
        if (statement.length() > MAX_STATEMENT_CHARS) {
            throw new IllegalArgumentException(tooLong(statement));
        }
        sources = List.copyOf(sources);
    }

    /** Why a statement is refused, or null when its length is within {@link #MAX_STATEMENT_CHARS}. */
    public static String tooLong(String statement) {
        if (statement.length() <= MAX_STATEMENT_CHARS) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "the statement is %,d characters long; verify takes at most %,d",
                statement.length(), MAX_STATEMENT_CHARS);
    }
}
