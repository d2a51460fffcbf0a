package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what an input holds, by content first and by name second: {@code WARC/} at the start is
 * WARC; XML whose root element is {@code rss}, {@code feed} or {@code rdf:RDF} is a feed;
 * {@code <!doctype html} or an {@code html} root is HTML; a first character {@code {} with a
 * {@code .jsonl}/{@code .json} name, or with every non-blank line a JSON object, is JSON Lines.
 * When content does not decide, the name does ({@code .html}/{@code .htm} with markup,
 * {@code .xml}/{@code .rss}/{@code .atom}, {@code .jsonl}/{@code .json}); anything else is plain text. Empty
 * input and binary junk are refused here, before any format parses them.
 */
final class KindSniffer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<([a-zA-Z_][\\w.:-]*)");
    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9-]*\\s*)>");

    private final IngestLimits limits;

    KindSniffer(IngestLimits limits) {
        this.limits = limits;
    }

    /** The kind of {@code bytes}, read from a file called {@code fileName} (without {@code .gz}). */
    InputKind sniff(String fileName, byte[] bytes) throws UnreadableInputException {
        String name = fileName.toLowerCase(Locale.ROOT);
        String head = head(bytes);
        String start = head.stripLeading();
        if (start.isEmpty() && isBlank(bytes)) {
            throw new UnreadableInputException("empty input");
        }
        if (start.startsWith("WARC/")) {
            return InputKind.WARC;
        }
        if (looksBinary(head)) {
            throw new UnreadableInputException("binary content, not an article");
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<")) {
            String root = rootElement(lower);
            if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf") || root.equals("rdf")) {
                return InputKind.FEED;
            }
            if (root.equals("html") || lower.contains("<!doctype html")) {
                return InputKind.HTML;
            }
        }
        if (lower.startsWith("{") && (name.endsWith(".jsonl") || name.endsWith(".json") || everyLineIsObject(bytes))) {
            return InputKind.JSON_LINES;
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return InputKind.FEED;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            return InputKind.JSON_LINES;
        }
        if (hasMarkup(head) && (name.endsWith(".html") || name.endsWith(".htm") || lower.startsWith("<"))) {
            return InputKind.HTML;
        }
        return InputKind.TEXT;
    }

    /** Whether {@code text} holds at least one HTML-like tag. */
    static boolean hasMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    /** The leading bytes as text, enough to look for markers; a byte order mark is dropped. */
    private String head(byte[] bytes) {
        Charset bom = StrictTextDecoder.bomCharset(bytes);
        int offset = StrictTextDecoder.bomLength(bytes);
        int length = Math.min(bytes.length - offset, limits.sniffBytes());
        Charset charset = bom == null || bom.equals(StandardCharsets.UTF_8) ? StandardCharsets.ISO_8859_1 : bom;
        return new String(bytes, offset, length, charset);
    }

    private static boolean isBlank(byte[] bytes) {
        for (int i = StrictTextDecoder.bomLength(bytes); i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }

    private boolean looksBinary(String head) {
        int controls = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                controls++;
            }
        }
        return controls > head.length() * limits.binaryMaxControlShare();
    }

    /** The name of the first element after the XML prolog (declarations, comments, doctype). */
    private static String rootElement(String lower) {
        int i = 0;
        while (i < lower.length()) {
            int open = lower.indexOf('<', i);
            if (open < 0) {
                return "";
            }
            if (lower.startsWith("<?", open)) {
                i = endOf(lower, "?>", open);
            } else if (lower.startsWith("<!--", open)) {
                i = endOf(lower, "-->", open);
            } else if (lower.startsWith("<!doctype", open)) {
                if (lower.startsWith("<!doctype html", open)) {
                    return "html";
                }
                int subset = lower.indexOf('[', open);
                int close = lower.indexOf('>', open);
                i = subset >= 0 && subset < close ? endOf(lower, "]", subset) : close + 1;
                if (i <= 0) {
                    return "";
                }
            } else {
                Matcher matcher = ROOT_ELEMENT.matcher(lower);
                return matcher.find(open) && matcher.start() == open ? matcher.group(1) : "";
            }
        }
        return "";
    }

    private static int endOf(String text, String marker, int from) {
        int end = text.indexOf(marker, from);
        return end < 0 ? text.length() : end + marker.length();
    }

    /**
     * Whether every line that can be read is a JSON object: a line of malformed UTF-8, or longer
     * than the line limit, is left to the JSON Lines reader to skip with its reason, so that one
     * bad line does not turn an unnamed JSON Lines input (standard input) into a text article.
     */
    private boolean everyLineIsObject(byte[] bytes) {
        boolean any = false;
        try (BoundedLines lines = new BoundedLines(new java.io.ByteArrayInputStream(bytes), limits.maxLineBytes(),
                Long.MAX_VALUE)) {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                String text = line.isBlank() ? null : line.utf8();
                if (text == null) {
                    continue;
                }
                if (!isObject(text)) {
                    return false;
                }
                any = true;
            }
        } catch (java.io.IOException e) {
            return false;
        }
        return any;
    }

    private static boolean isObject(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
