package org.crosscheck.pipeline;

import java.util.function.Consumer;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;

/** Receives extracted articles as they come, and the inputs that were skipped with their reason. */
public interface ArticleSink {

    void article(Article article);

    void skipped(SkippedInput skipped);

    /**
     * A document that was read but yielded no article; {@code documentId} is its article id, so
     * that a run that reads its inputs in parts can still skip later documents with that id.
     */
    default void extractionFailed(String documentId, SkippedInput skipped) {
        skipped(skipped);
    }

    /** A sink that hands articles and skipped inputs to the two given receivers. */
    static ArticleSink of(Consumer<Article> articles, Consumer<SkippedInput> skips) {
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void skipped(SkippedInput skipped) {
                skips.accept(skipped);
            }
        };
    }
}
