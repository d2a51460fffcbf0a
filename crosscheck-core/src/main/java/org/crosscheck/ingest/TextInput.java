package org.crosscheck.ingest;

/**
 * A plain-text article: strict UTF-8 (or UTF-16 with a byte order mark), one document whose body
 * is the whole text. Invalid bytes make the input unreadable; they are never replaced.
 */
final class TextInput implements InputFormat {

    @Override
    public void read(LoadedInput input, DocumentListener listener) throws UnreadableInputException {
        String text = StrictTextDecoder.decode(input.bytes());
        if (text.isBlank()) {
            throw new UnreadableInputException("empty input");
        }
        listener.document(new RawDocument(ArticleIds.derive(input.fileName(), "", text), input.source(),
                RawDocument.ContentKind.TEXT, text, DocumentHints.NONE));
    }
}
