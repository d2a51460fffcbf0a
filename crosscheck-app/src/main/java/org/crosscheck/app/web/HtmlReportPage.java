package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.crosscheck.report.JsonReport;

/**
 * {@code analyze --format html}: one self-contained HTML file with the story views of the web
 * UI. The stylesheet and the renderer of {@code /web} are inlined, the report rides along as a
 * {@code <script type="application/json">} block with every {@code <} escaped, and a CSP
 * {@code <meta>} allows only that inline script and style, by their sha256 hashes. Opening it
 * needs no network.
 */
public final class HtmlReportPage {

    static final String DATA_ID = "crosscheck-report";
    private static final Pattern EXPORT = Pattern.compile("(?m)^export ");

    private HtmlReportPage() {
    }

    /** The HTML file for the given {@code analyze} report. */
    public static String render(ObjectNode report) {
        String css = resource("style.css");
        String script = EXPORT.matcher(resource("render.js")).replaceAll("")
                + "\nstart(document.getElementById('app'), reportSource(JSON.parse(document.getElementById('" + DATA_ID + "').textContent)));\n";
        if (script.toLowerCase(java.util.Locale.ROOT).contains("</script") || css.toLowerCase(java.util.Locale.ROOT).contains("</style")) {
            throw new IllegalStateException("the inlined UI assets must not close their own element");
        }
        String policy = "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(css) + "'; "
                + "img-src data:; base-uri 'none'; form-action 'none'";
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<title>crosscheck report</title>\n"
                + "<style>" + css + "</style>\n</head>\n<body>\n"
                + "<header class=\"top\"><a class=\"brand\" href=\"#/\">crosscheck</a><span class=\"tagline\">report written by crosscheck analyze</span></header>\n"
                + "<main id=\"app\"><p class=\"muted\">This report needs JavaScript to show its stories.</p></main>\n"
                + "<script type=\"application/json\" id=\"" + DATA_ID + "\">" + scriptSafeJson(report) + "</script>\n"
                + "<script type=\"module\">" + script + "</script>\n"
                + "</body>\n</html>\n";
    }

    /**
     * JSON that can sit inside a script element: {@code <}, {@code >} and {@code &} only occur
     * inside JSON strings, where their {@code \\u} escapes mean the same, so {@code </script>}
     * in article text cannot end the element; U+2028 and U+2029 are escaped for old parsers.
     */
    static String scriptSafeJson(ObjectNode report) {
        return JsonReport.line(report).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportPage.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/web/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
