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

    public VerifyJob {
        Objects.requireNonNull(statement, "statement");
        sources = List.copyOf(sources);
    }
}
