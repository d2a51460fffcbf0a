package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON Lines: one article object a line, with {@code id}, optional {@code url}, {@code title},
 * {@code published}, {@code byline}, {@code site}, {@code language}, and either {@code text}
 * (a TEXT document) or {@code html} (an HTML document); {@code text} wins when both are given.
 * The source of each document is {@code path#LINE} (counting from 1). The object's {@code id} is
 * kept; an object without one gets {@link ArticleIds#derive} with the line number as record key.
 * Each line is decoded on its own (UTF-8; a file with a UTF-16 byte order mark is decoded whole),
 * so a bad line (malformed bytes, not JSON, longer than the line limit, which is passed over
 * unread) is skipped with its reason and line number and the other lines are still read; blank
 * lines are ignored.
 */
final class JsonLinesInput implements InputFormat {

    private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final IngestLimits limits;

    JsonLinesInput(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(LoadedInput input, DocumentListener listener) throws UnreadableInputException {
        Charset bom = StrictTextDecoder.bomCharset(input.bytes());
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            readUtf16(input, listener);
            return;
        }
        boolean first = true;
        try (BoundedLines lines = new BoundedLines(new ByteArrayInputStream(input.bytes()), limits.maxLineBytes(),
                Long.MAX_VALUE)) {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                String text = line.utf8();
                if (first && text != null && text.stripLeading().startsWith("[")) {
                    throw new UnreadableInputException("a JSON array, not JSON Lines (one object a line)");
                }
                first = false;
                if (line.tooLong()) {
                    skip(input, line.number(), "line longer than " + IngestLimits.size(limits.maxLineBytes())
                            + " (" + line.length() + " bytes), not read", listener);
                } else if (text == null) {
                    skip(input, line.number(), "line is not valid UTF-8 text", listener);
                } else {
                    readLine(input, line.number(), text, listener);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to read
        }
    }

    /** A file that declares UTF-16 with a byte order mark: decoded whole, then read line by line. */
    private void readUtf16(LoadedInput input, DocumentListener listener) throws UnreadableInputException {
        String text = StrictTextDecoder.decode(input.bytes());
        if (text.stripLeading().startsWith("[")) {
            throw new UnreadableInputException("a JSON array, not JSON Lines (one object a line)");
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.length() * 2L > limits.maxLineBytes()) {
                skip(input, i + 1, "line longer than " + IngestLimits.size(limits.maxLineBytes()) + ", not read", listener);
            } else {
                readLine(input, i + 1, line, listener);
            }
        }
    }

    private static void readLine(LoadedInput input, int number, String line, DocumentListener listener) {
        try {
            listener.document(document(input, number, line));
        } catch (UnreadableInputException e) {
            skip(input, number, e.reason(), listener);
        }
    }

    private static void skip(LoadedInput input, int number, String reason, DocumentListener listener) {
        listener.skipped(new SkippedInput(input.recordSource(number), reason));
    }

    private static RawDocument document(LoadedInput input, int number, String line) throws UnreadableInputException {
        JsonNode node;
        try {
            node = JSON.readValue(line);
        } catch (JsonProcessingException e) {
            throw new UnreadableInputException("line is not valid JSON: "
                    + UnreadableInputException.firstLine(e).replaceAll(" at \\[Source.*$", ""));
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableInputException("line is not a JSON object");
        }
        String body = field(node, "text");
        RawDocument.ContentKind kind = RawDocument.ContentKind.TEXT;
        if (body == null) {
            body = field(node, "html");
            kind = RawDocument.ContentKind.HTML;
        }
        if (body == null) {
            throw new UnreadableInputException("object has neither \"text\" nor \"html\"");
        }
        String id = field(node, "id");
        if (id == null) {
            id = ArticleIds.derive(input.fileName(), String.valueOf(number), body);
        }
        DocumentHints hints = new DocumentHints(field(node, "url"), field(node, "title"), field(node, "byline"),
                field(node, "published"), field(node, "site"), field(node, "language"));
        return new RawDocument(id, input.recordSource(number), kind, body, hints);
    }

    /** A string or number field as text; null when missing, null, blank, or an object/array. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
