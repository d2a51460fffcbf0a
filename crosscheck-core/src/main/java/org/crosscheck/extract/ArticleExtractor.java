package org.crosscheck.extract;

import org.crosscheck.ingest.RawDocument;

/** Main text and metadata of one document: HTML through the page cascade, plain text through the line classifier. */
public final class ArticleExtractor {

    /** The article in a document, or an exception whose message says why there is none. */
    public Article extract(RawDocument document) throws ExtractionException {
        throw new UnsupportedOperationException("extract: not wired yet");
    }
}
