package org.crosscheck.bench.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes generated articles as the interface's JSON Lines article objects ({@code id},
 * {@code title}, {@code published}, {@code site}, {@code language}, {@code text}: text needs no
 * extraction; the language is given, as the {@code extract} command's own JSON Lines give it), and
 * their gold labels as tab-separated lines ({@code id}, story, duplicate-of or {@code -}, kind).
 */
public final class NewsStreamWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private NewsStreamWriter() {
    }

    /** One article as one JSON line, newline included. */
    public static void writeJson(GeneratedArticle a, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("published", a.published());
            g.writeStringField("site", a.site());
            g.writeStringField("language", "en");
            g.writeStringField("text", a.text());
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article's gold labels as one tab-separated line. */
    public static void writeGold(GeneratedArticle a, Writer out) {
        try {
            out.write(a.id() + '\t' + a.story() + '\t' + (a.duplicateOf() == null ? "-" : a.duplicateOf()) + '\t'
                    + a.kind().name().toLowerCase(java.util.Locale.ROOT) + '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
