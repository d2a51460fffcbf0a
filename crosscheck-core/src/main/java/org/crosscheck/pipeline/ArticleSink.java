package org.crosscheck.pipeline;

import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;

/** Receives extracted articles as they come, and the inputs that were skipped with their reason. */
public interface ArticleSink {

    void article(Article article);

    void skipped(SkippedInput skipped);
}
