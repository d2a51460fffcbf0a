package org.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Records what an {@link InputReader} hands on, in order. */
final class CollectingListener implements DocumentListener {

    final List<RawDocument> documents = new ArrayList<>();
    final List<SkippedInput> skipped = new ArrayList<>();

    @Override
    public void document(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void skipped(SkippedInput skippedInput) {
        skipped.add(skippedInput);
    }

    /** What a fresh {@link InputReader} hands on for the inputs, with empty standard input. */
    static CollectingListener read(String... inputs) {
        return read(new ByteArrayInputStream(new byte[0]), inputs);
    }

    /** What a fresh {@link InputReader} hands on for the inputs, reading {@code stdin} for {@code -}. */
    static CollectingListener read(InputStream stdin, String... inputs) {
        CollectingListener listener = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read(List.of(inputs), stdin, listener);
        return listener;
    }

    List<String> sources() {
        return documents.stream().map(RawDocument::source).toList();
    }

    RawDocument only() {
        if (documents.size() != 1) {
            throw new AssertionError("expected one document, got " + sources() + " and skipped " + skipped);
        }
        return documents.get(0);
    }
}
