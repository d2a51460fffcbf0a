package org.crosscheck.ingest;

/**
 * One HTML page, decoded by {@link HtmlDecoder} (byte order mark, meta charset, else UTF-8).
 * The body is the page's markup as text; extraction happens in a later stage.
 */
final class HtmlInput implements InputFormat {

    @Override
    public void read(LoadedInput input, DocumentListener listener) throws UnreadableInputException {
        String html = HtmlDecoder.decode(input.bytes(), null);
        if (html.isBlank()) {
            throw new UnreadableInputException("empty input");
        }
        listener.document(new RawDocument(ArticleIds.derive(input.fileName(), "", html), input.source(),
                RawDocument.ContentKind.HTML, html, DocumentHints.NONE));
    }
}
