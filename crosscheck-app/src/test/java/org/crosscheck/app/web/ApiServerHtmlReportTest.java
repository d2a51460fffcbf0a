package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.app.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code analyze --format html}: one self-contained page where article markup stays data. */
class ApiServerHtmlReportTest {

    private static final String OPEN = "<script type=\"application/json\" id=\"" + HtmlReportPage.DATA_ID + "\">";
    private static String page;

    @BeforeAll
    static void render() {
        page = HtmlReportPage.render(ExampleReport.report());
    }

    private static String dataBlock(String html) {
        int from = html.indexOf(OPEN) + OPEN.length();
        return html.substring(from, html.indexOf("</script>", from));
    }

    @Test
    void keepsArticleMarkupInsideTheEscapedJsonBlock() throws Exception {
        String data = dataBlock(page);
        assertThat(data).doesNotContain("<").doesNotContain(">");
        JsonNode parsed = new ObjectMapper().readTree(data);
        assertThat(parsed).isEqualTo(ExampleReport.report());
        assertThat(parsed.toString()).contains(ExampleReport.MALICIOUS_TITLE.replace("\"", "\\\""));
        String outside = page.replace(data, "");
        assertThat(outside).doesNotContain("alert(1)").doesNotContain("onerror").doesNotContain("xssRan");
        assertThat(page).doesNotContain(ExampleReport.SCRIPT).doesNotContain(ExampleReport.IMG).doesNotContain(ExampleReport.BREAKOUT);
        assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(2);
    }

    @Test
    void allowsOnlyItsOwnInlineScriptAndStyleByHash() throws Exception {
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(page);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        Matcher script = Pattern.compile("<script type=\"module\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).isTrue();
        assertThat(style.find()).isTrue();
        assertThat(policy).contains("default-src 'none'").contains("script-src '" + sha256(script.group(1)) + "'")
                .contains("style-src '" + sha256(style.group(1)) + "'").doesNotContain("unsafe-inline").doesNotContain("http");
        assertThat(script.group(1)).contains("function storyPage").doesNotContain("innerHTML").doesNotContain("\nexport ");
    }

    @Test
    void needsNoNetwork() {
        String outside = page.replace(dataBlock(page), "");
        assertThat(outside).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import").doesNotContain("url(http");
    }

    @Test
    void analyzeWritesTheHtmlFormat() throws Exception {
        Path input = Files.createDirectories(Path.of("target", "test-inputs")).resolve("one-malicious.jsonl");
        Files.writeString(input, ExampleReport.maliciousJsonLine() + "\n", StandardCharsets.UTF_8);
        Path out = Path.of("target", "test-inputs", "one-malicious.html");
        var err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"analyze", "--quiet", "--format", "html", "-o", out.toString(), input.toString()},
                java.io.InputStream.nullInputStream(), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!doctype html>").contains(OPEN).doesNotContain(ExampleReport.SCRIPT);
        assertThat(new ObjectMapper().readTree(dataBlock(html)).get("articles").get(0).get("title").asText()).isEqualTo(ExampleReport.MALICIOUS_TITLE);
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
