package org.crosscheck.app.web;

import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyResult;

/**
 * Judges a statement against source articles: the pipeline's {@code verify}, whose models load
 * once per server. The server calls it for one statement at a time.
 */
@FunctionalInterface
public interface StatementJudge {

    VerifyResult verify(VerifyJob job);

    /**
     * Reads sources ahead of the statements that will be judged against them, so that those
     * are answered without reading them then; a judge that keeps nothing between statements has
     * nothing to read ahead.
     */
    default void read(List<Article> sources) {
    }

    /** The pipeline's verifier, which keeps what it read ahead in its annotator's cache. */
    static StatementJudge of(Pipeline pipeline) {
        return new StatementJudge() {
            @Override
            public VerifyResult verify(VerifyJob job) {
                return pipeline.verify(job);
            }

            @Override
            public void read(List<Article> sources) {
                pipeline.readForVerify(sources);
            }
        };
    }
}
