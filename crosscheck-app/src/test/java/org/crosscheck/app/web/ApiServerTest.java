package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.IngestResult;
import org.crosscheck.store.Store;
import org.crosscheck.store.UnrunnableQueryException;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API over the examples, with the server started in the test on a free loopback port. */
class ApiServerTest {

    private static final String TOKEN = "s3cret-token";
    private static final List<String> INGESTED = new ArrayList<>();
    private static ApiServer server;
    private static ApiServer readOnly;
    private static ApiServer failing;
    private static ApiServer unrunnable;
    private static HttpCalls http;
    private static JsonNode report;

    @BeforeAll
    static void start() {
        report = ExampleReport.report();
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        server = ApiServer.start(ExampleReport.store(), (name, body) -> {
            synchronized (INGESTED) {
                INGESTED.add(name + ":" + body.length);
            }
            return new IngestResult(1, 0, List.of(new SkippedInput("upload.jsonl#2", "object has neither \"text\" nor \"html\"")));
        }, ApiServerTest::noStatements, new ServerSettings("127.0.0.1", 0, TOKEN, 1024), quiet);
        readOnly = ApiServer.start(ExampleReport.store(), (name, body) -> {
            throw new AssertionError("a server without a token must not ingest");
        }, ApiServerTest::noStatements, ServerSettings.loopback(0, null), quiet);
        Store broken = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, (proxy, method, args) -> {
            throw new IllegalStateException("database file /secret/path is corrupt");
        });
        Store refusing = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, (proxy, method, args) -> {
            throw new UnrunnableQueryException(new IllegalStateException("maxClauseCount is set to 1024"));
        });
        unrunnable = ApiServer.start(refusing, (name, body) -> null, ApiServerTest::noStatements, ServerSettings.loopback(0, null), quiet);
        failing = ApiServer.start(broken, (name, body) -> null, ApiServerTest::noStatements, ServerSettings.loopback(0, null), quiet);
        http = new HttpCalls(server.port());
    }

    private static VerifyResult noStatements(VerifyJob job) {
        throw new AssertionError("no statements are checked in this test");
    }

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
        failing.close();
        unrunnable.close();
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return HttpCalls.json(r);
    }

    private static void assertError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = HttpCalls.json(r);
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("/secret");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthCountsArticlesAndStories() {
        JsonNode h = ok("/api/health");
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("articles").asInt()).isEqualTo(report.get("articles").size()).isEqualTo(31);
        assertThat(h.get("stories").asInt()).isEqualTo(report.get("stories").size());
    }

    @Test
    void listsStoriesNewestFirstInPages() {
        JsonNode all = ok("/api/stories?limit=100");
        assertThat(all.get("total").asInt()).isEqualTo(report.get("stories").size());
        List<String> lasts = new ArrayList<>();
        all.get("stories").forEach(s -> lasts.add(s.get("last").asText()));
        assertThat(lasts).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode first = all.get("stories").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "title", "articleCount", "first", "last", "conflictCount");

        JsonNode page1 = ok("/api/stories?limit=2");
        JsonNode page2 = ok("/api/stories?limit=2&offset=2");
        assertThat(page1.get("stories")).hasSize(2);
        assertThat(page1.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(page2.get("stories").get(0).get("id")).isEqualTo(all.get("stories").get(2).get("id"));
        assertThat(ok("/api/stories?offset=1000").get("stories")).isEmpty();
        assertThat(ok("/api/stories").get("stories").size()).isLessThanOrEqualTo(Paging.DEFAULT_LIMIT);
    }

    @Test
    void ordersStoriesByLargestAndMostDisputed() {
        JsonNode largest = ok("/api/stories?order=largest&limit=100").get("stories");
        List<Integer> sizes = new ArrayList<>();
        largest.forEach(s -> sizes.add(s.get("articleCount").asInt()));
        assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
        assertThat(sizes.get(0)).isEqualTo(5);
        JsonNode disputed = ok("/api/stories?order=disputed&limit=100").get("stories");
        List<Integer> conflicts = new ArrayList<>();
        disputed.forEach(s -> conflicts.add(s.get("conflictCount").asInt()));
        assertThat(conflicts).isSortedAccordingTo((a, b) -> b - a);
        assertThat(conflicts.get(0)).isPositive();
    }

    @Test
    void searchesStories() {
        JsonNode ferry = ok("/api/stories?q=" + q("Saltmarsh Star"));
        assertThat(ferry.get("total").asInt()).isEqualTo(1);
        assertThat(ferry.get("stories").get(0).get("articleCount").asInt()).isEqualTo(5);
        assertThat(ok("/api/stories?q=zzzznothing").get("total").asInt()).isZero();
    }

    @Test
    void answersOneStoryAsInTheReportWithItsArticles() {
        JsonNode summary = ok("/api/stories?order=disputed&limit=1").get("stories").get(0);
        JsonNode story = ok("/api/stories/" + q(summary.get("id").asText()));
        assertThat(story.fieldNames()).toIterable()
                .contains("id", "title", "articleIds", "summary", "claims", "conflicts", "timeline", "entities", "provenance", "articles");
        assertThat(story.get("articles")).hasSize(story.get("articleIds").size());
        assertThat(story.get("articles").get(0).get("text").asText()).isNotBlank();
        assertThat(story.get("conflicts").size()).isEqualTo(summary.get("conflictCount").asInt());
    }

    @Test
    void searchesArticlesAndAnswersOne() {
        JsonNode hits = ok("/api/articles?q=lantern");
        assertThat(hits.get("total").asInt()).isEqualTo(1);
        JsonNode hit = hits.get("articles").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(ExampleReport.MALICIOUS_ID);
        assertThat(hit.fieldNames()).toIterable().contains("id", "title", "site", "published", "storyId", "snippet");
        JsonNode article = ok("/api/articles/" + q(ExampleReport.MALICIOUS_ID));
        assertThat(article.get("title").asText()).isEqualTo(ExampleReport.MALICIOUS_TITLE);
        assertThat(article.get("storyId").asText()).isEqualTo(hit.get("storyId").asText());
        JsonNode paged = ok("/api/articles?limit=5&offset=5");
        assertThat(paged.get("total").asInt()).isEqualTo(31);
        assertThat(paged.get("articles")).hasSize(5);
    }

    @Test
    void refusesBadPagingAndOrderWith400() {
        for (String path : List.of("/api/stories?limit=0", "/api/stories?limit=101", "/api/stories?limit=ten", "/api/stories?offset=-1",
                "/api/stories?order=oldest", "/api/articles?limit=-3", "/api/articles?offset=x", "/api/articles?limit=99999999999")) {
            assertError(http.get(path), 400);
        }
    }

    @Test
    void answers404ForUnknownIdsAndPaths() {
        assertError(http.get("/api/stories/no-such-story"), 404);
        assertError(http.get("/api/articles/no-such-article"), 404);
        assertError(http.get("/api/nothing-here"), 404);
    }

    @Test
    void writesNeedTheBearerToken() {
        byte[] body = ExampleReport.maliciousJsonLine().getBytes(StandardCharsets.UTF_8);
        assertError(http.post("/api/articles", null, body, "application/x-ndjson"), 401);
        assertError(http.post("/api/articles", "Bearer wrong", body, "application/x-ndjson"), 401);
        assertError(http.post("/api/articles", "Basic " + TOKEN, body, "application/x-ndjson"), 401);
        HttpResponse<String> r = http.post("/api/articles", "Bearer " + TOKEN, new byte[900], "application/x-ndjson");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode result = HttpCalls.json(r);
        assertThat(result.get("added").asInt()).isEqualTo(1);
        assertThat(result.get("duplicates").asInt()).isZero();
        assertThat(result.get("skipped").get(0).get("source").asText()).isEqualTo("upload.jsonl#2");
        synchronized (INGESTED) {
            assertThat(INGESTED).contains("upload.jsonl:900");
        }
        HttpResponse<String> named = http.post("/api/articles?name=feed.warc.gz", "Bearer " + TOKEN, new byte[10], "application/octet-stream");
        assertThat(named.statusCode()).isEqualTo(200);
        synchronized (INGESTED) {
            assertThat(INGESTED).contains("feed.warc.gz:10");
        }
    }

    @Test
    void refusesBodiesOverTheLimitWith413() {
        assertError(http.post("/api/articles", "Bearer " + TOKEN, new byte[4096], "application/x-ndjson"), 413);
    }

    @Test
    void refusesAGzipBodyThatInflatesPastTheLimitWith413() throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write(new byte[1024 + 1]);
        }
        assertThat(packed.size()).isLessThan(1024);
        HttpResponse<String> r = http.post("/api/articles?name=bomb.jsonl.gz", "Bearer " + TOKEN, packed.toByteArray(), "application/gzip");
        assertError(r, 413);
        assertThat(HttpCalls.json(r).get("error").asText()).contains("after decompression");
        synchronized (INGESTED) {
            assertThat(INGESTED).noneMatch(i -> i.startsWith("bomb"));
        }

        java.io.ByteArrayOutputStream fits = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(fits)) {
            gzip.write(new byte[1024]);
        }
        assertThat(http.post("/api/articles?name=fits.jsonl.gz", "Bearer " + TOKEN, fits.toByteArray(), "application/gzip").statusCode())
                .isEqualTo(200);
        assertThat(receivedBodiesLeft()).as("no body is written to the temporary directory").isEmpty();
    }

    /** Folders of received bodies that this process left in the temporary directory (older versions spooled bodies there). */
    private static List<Path> receivedBodiesLeft() throws java.io.IOException {
        String mine = "crosscheck-upload-" + ProcessHandle.current().pid() + "-";
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith(mine)).toList();
        }
    }

    @Test
    void refusesEveryWriteWithoutAServerToken() {
        HttpCalls other = new HttpCalls(readOnly.port());
        assertError(other.post("/api/articles", "Bearer anything", new byte[10], "text/plain"), 403);
        assertError(other.post("/api/articles", null, new byte[10], "text/plain"), 403);
    }

    @Test
    void answersASearchTheIndexCannotRunWith400() {
        HttpCalls calls = new HttpCalls(unrunnable.port());
        for (String path : List.of("/api/stories?q=many+words", "/api/articles?q=many+words")) {
            HttpResponse<String> r = calls.get(path);
            assertError(r, 400);
            assertThat(HttpCalls.json(r).get("error").asText()).contains("too many words").doesNotContain("maxClauseCount");
        }
    }

    @Test
    void answersFailuresWithoutStackTraces() {
        HttpCalls other = new HttpCalls(failing.port());
        assertError(other.get("/api/stories"), 500);
        assertError(other.get("/api/health"), 500);
    }

    @Test
    void putsSecurityHeadersOnPagesAssetsAndApi() {
        for (String path : List.of("/", "/index.html", "/app.js", "/render.js", "/style.css", "/api/health", "/api/stories", "/api/openapi.json")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(ApiServer.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(ApiServer.CONTENT_SECURITY_POLICY).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void jettysOwnErrorsCarryTheSecurityHeadersAndOneSentence() throws Exception {
        Map<String, Integer> requests = Map.of(
                "NOT A REQUEST LINE\r\n\r\n", 400,
                "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(64 * 1024) + "\r\n\r\n", 431,
                "GET /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: nine\r\n\r\n", 400);
        for (Map.Entry<String, Integer> r : requests.entrySet()) {
            String answer = rawAnswer(r.getKey());
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertThat(head).as(answer).startsWith("HTTP/1.1 " + r.getValue());
            assertThat(head.toLowerCase(java.util.Locale.ROOT)).as(answer)
                    .contains("content-security-policy: " + ApiServer.CONTENT_SECURITY_POLICY.toLowerCase(java.util.Locale.ROOT))
                    .contains("x-content-type-options: nosniff").contains("referrer-policy: no-referrer").contains("x-frame-options: deny");
            assertThat(answer.substring(head.length()).strip()).as(answer).startsWith("{\"error\":\"").doesNotContain("<");
        }
    }

    /** What the server answers to bytes that may not be HTTP, up to the end of the connection. */
    private static String rawAnswer(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = socket.getInputStream().read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).matches("(?s).*\r\n\r\n.*\\}\\s*")) {
                        break;
                    }
                }
            } catch (java.net.SocketException reset) {
                // the server may close before reading all of a request it refused
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesTheUi() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app.js\"></script>").contains("id=\"app\"");
        HttpResponse<String> js = http.get("/render.js");
        assertThat(js.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(js.body()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
    }

    @Test
    void describesEveryDeclaredRouteInOpenApi() {
        JsonNode doc = ok("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        for (ApiServer.Route route : ApiServer.declaredRoutes()) {
            assertThat(paths.has(route.path())).as(route.path()).isTrue();
            assertThat(paths.get(route.path()).has(route.method().toLowerCase(java.util.Locale.ROOT))).as(route.method() + " " + route.path()).isTrue();
        }
        assertThat(paths.size()).isEqualTo(ApiServer.declaredRoutes().stream().map(ApiServer.Route::path).distinct().count());
    }
}
