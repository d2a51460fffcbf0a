package org.crosscheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.ingest.RawDocument.ContentKind;

/** Test documents from src/test/resources/extract and a shared extractor. */
final class Fixtures {

    static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ExtractionSettings.defaults());

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument html(String body) {
        return html(body, DocumentHints.NONE);
    }

    static RawDocument html(String body, DocumentHints hints) {
        return new RawDocument("doc-1", "test.html", ContentKind.HTML, body, hints);
    }

    static RawDocument text(String body) {
        return text(body, DocumentHints.NONE);
    }

    static RawDocument text(String body, DocumentHints hints) {
        return new RawDocument("doc-1", "test.txt", ContentKind.TEXT, body, hints);
    }

    static Article extract(RawDocument document) {
        try {
            return EXTRACTOR.extract(document);
        } catch (ExtractionException e) {
            throw new AssertionError("extraction failed: " + e.getMessage(), e);
        }
    }

    /** A page whose body holds enough article text, with the given head and extra body markup. */
    static String page(String head, String bodyPrefix) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + bodyPrefix
                + resource("article-body.html") + "</body></html>";
    }
}
