package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.Report;

/**
 * The {@code analyze} report of {@code examples/} plus one malicious article, built once per test
 * JVM (CoreNLP makes it take tens of seconds) and shared by the server, UI and report tests.
 */
final class ExampleReport {

    static final String MALICIOUS_ID = "xss-test-article";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String FLAG_IMG = "<img src=x onerror=\"window.xssRan=1\">";
    static final String BREAKOUT = "</script><script>window.xssRan=1</script>";
    static final String MALICIOUS_TITLE = SCRIPT + " Lantern festival draws crowds " + IMG;

    private static Report analysis;
    private static ObjectNode report;

    private ExampleReport() {
    }

    /** The report JSON (do not change it: it is shared). */
    static synchronized ObjectNode report() {
        if (report == null) {
            report = JsonReport.report(analysis());
        }
        return report;
    }

    /** The report. */
    static synchronized Report analysis() {
        if (analysis == null) {
            analysis = build();
        }
        return analysis;
    }

    /** A fresh in-memory store over the report. */
    static ReportStore store() {
        return new ReportStore(analysis(), report());
    }

    /** The malicious article as one JSON Lines line. */
    static String maliciousJsonLine() {
        ObjectNode a = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        a.put("id", MALICIOUS_ID);
        a.put("title", MALICIOUS_TITLE);
        a.put("published", "2025-05-02");
        a.put("site", "Evil Example " + IMG);
        a.put("byline", SCRIPT);
        a.put("text", "The lantern festival in Ordwick drew 4,000 visitors on Friday, the organisers said. " + SCRIPT + "\n\n"
                + "Mayor Tamsin Hale opened the festival at the harbour wall. " + SCRIPT + " " + IMG + " " + FLAG_IMG + "\n\n"
                + "Stalls sold lanterns until midnight. " + BREAKOUT + " The festival returns next May, the council said.");
        return JsonReport.line(a);
    }

    private static Report build() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-inputs"));
            Path malicious = dir.resolve("malicious.jsonl");
            Files.writeString(malicious, maliciousJsonLine() + "\n", StandardCharsets.UTF_8);
            Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
            List<Article> articles = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            pipeline.extract(List.of(Path.of("..", "examples").toString(), malicious.toString()), InputStream.nullInputStream(), new ArticleSink() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void skipped(SkippedInput s) {
                    skipped.add(s.message());
                }
            });
            if (!skipped.isEmpty()) {
                throw new IllegalStateException("examples skipped: " + skipped);
            }
            // Once the SQLite store is merged, tests can ingest the same inputs into a store
            // directory instead (SqliteStore + ingest) and serve that.
            return pipeline.analyze(articles, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
