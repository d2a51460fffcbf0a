package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.StoreIngest;
import org.crosscheck.pipeline.StoryAnalyst;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.time.PartialDate;
import org.crosscheck.verify.VerifyJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.cluster.ClusterSettings;

/**
 * {@code POST /api/verify} over a SQLite store of made-up articles, judged by the pipeline's own
 * verifier: what it is judged against, its errors, and that it writes nothing and needs no token.
 */
class ApiServerVerifyTest {

    private static final String TOKEN = "verify-test-token";
    private static final String DAM_SENTENCE = "Engineers closed the Dunmere reservoir dam on Tuesday after they found a crack in its wall, the water board said.";
    private static final List<String> PLACES = List.of("Velmar", "Ostwick", "Karford", "Brinhaven", "Tamby", "Holstead", "Skermouth",
            "Dungate", "Orrin", "Pellow", "Quenby", "Rathmoor");
    private static final List<String> THINGS = List.of("library", "stadium", "tunnel", "market", "lighthouse", "railway station");

    @TempDir
    static Path dir;
    private static SqliteStore store;
    private static ApiServer server;
    private static HttpCalls http;
    private static final List<VerifyJob> JUDGED = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        store = SqliteStore.open(dir.resolve("store"));
        try (StoreIngest run = StoreIngest.start(store, new IngestSettings(8), ClusterSettings.defaults(), null, StoryAnalyst.headlinesOnly(), IngestListener.NONE)) {
            articles().forEach(run::article);
            run.finish();
        }
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        server = ApiServer.start(store, (name, body) -> {
            throw new AssertionError("nothing is written in this test");
        }, job -> {
            synchronized (JUDGED) {
                JUDGED.add(job);
            }
            return pipeline.verify(job);
        }, new ServerSettings("127.0.0.1", 0, TOKEN, 1 << 20), new PrintStream(PrintStream.nullOutputStream()));
        http = new HttpCalls(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /**
     * Two reports of a dam closure, and more reports of reopenings elsewhere (one story, told
     * apart by their places) than a statement is judged against.
     */
    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        out.add(article("dam-1", "Dunmere dam closed after crack found", "Dunmere Courier",
                DAM_SENTENCE + "\n\nAbout 1,200 homes below the dam were evacuated overnight, board spokesman Ivo Rask said."));
        out.add(article("dam-2", "Crack shuts Dunmere reservoir dam", "Fenland Ledger",
                "The Dunmere reservoir dam was shut on Tuesday when a crack was found in its wall, the water board said.\n\n"
                        + "Some 1,200 households were moved out of their homes below the dam."));
        for (int i = 0; i < PLACES.size(); i++) {
            String place = PLACES.get(i);
            String thing = THINGS.get(i % THINGS.size());
            out.add(article("reopen-" + i, "The " + place + " " + thing + " reopens", place + " Gazette",
                    "The " + place + " " + thing + " reopened on Monday after a year of repairs, the council said.\n\n"
                            + "Residents of " + place + " queued outside before the doors opened."));
        }
        return out;
    }

    private static Article article(String id, String title, String site, String text) {
        return new Article(id, "test/" + id + ".txt", null, title, null, PartialDate.parseIso("2025-09-02").orElseThrow(), site, "en", text);
    }

    private static HttpResponse<String> verify(String body) {
        return http.post("/api/verify", null, body.getBytes(StandardCharsets.UTF_8), "application/json", java.time.Duration.ofMinutes(4));
    }

    private static String body(String claim, String storyId) {
        var node = Json.object().put("claim", claim);
        if (storyId != null) {
            node.put("storyId", storyId);
        }
        return node.toString();
    }

    private static VerifyJob lastJudged() {
        synchronized (JUDGED) {
            return JUDGED.get(JUDGED.size() - 1);
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String says) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = HttpCalls.json(r);
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("error").asText()).contains(says).doesNotContain("Exception").doesNotContain(dir.toString());
    }

    @Test
    void judgesAStatementAgainstTheStoredArticlesThatShareItsWordsWithoutAToken() {
        HttpResponse<String> r = verify(body("Engineers closed the Dunmere reservoir dam on Tuesday after they found a crack in its wall.", null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode result = HttpCalls.json(r);
        assertThat(result.get("verdict").asText()).isEqualTo("supported");
        JsonNode sentence = result.get("sentences").get(0);
        assertThat(sentence.get("verdict").asText()).isEqualTo("supported");
        assertThat(sentence.get("evidence")).isNotEmpty();
        sentence.get("evidence").forEach(e -> assertThat(e.get("articleId").asText()).startsWith("dam-"));

        List<String> sources = lastJudged().sources().stream().map(Article::id).toList();
        assertThat(sources).hasSizeLessThanOrEqualTo(VerifyController.MAX_SOURCES);
        assertThat(sources.subList(0, 2)).containsExactlyInAnyOrder("dam-1", "dam-2");
        assertThat(lastJudged().statement()).startsWith("Engineers closed");
    }

    @Test
    void keepsToOneStoryAndReadsNoMoreThanItsBestArticles() {
        String reopenings = store.storyOfArticles().get("reopen-3");
        long members = store.storyOfArticles().values().stream().filter(reopenings::equals).count();
        assertThat(members).as("the reopenings make one story larger than what is read").isGreaterThan(VerifyController.MAX_SOURCES);

        HttpResponse<String> r = verify(body("Residents of Orrin queued outside the library before the doors opened.", reopenings));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> sources = lastJudged().sources().stream().map(Article::id).toList();
        assertThat(sources).hasSize(VerifyController.MAX_SOURCES).allMatch(id -> id.startsWith("reopen-")).first().isEqualTo("reopen-8");

        HttpResponse<String> dam = verify(body("Engineers closed the Dunmere reservoir dam on Tuesday.", reopenings));
        assertThat(dam.statusCode()).as(dam.body()).isEqualTo(200);
        assertThat(lastJudged().sources()).extracting(Article::id).allMatch(id -> id.startsWith("reopen-"));
        JsonNode sentence = HttpCalls.json(dam).get("sentences").get(0);
        assertThat(sentence.get("verdict").asText()).isNotEqualTo("supported");
        sentence.get("evidence").forEach(e -> assertThat(e.get("articleId").asText()).startsWith("reopen-"));
    }

    @Test
    void answersUnknownStoriesWith404() {
        assertError(verify(body("The dam was closed.", "no-such-story")), 404, "story");
    }

    @Test
    void refusesBadBodiesWith400InOneSentence() {
        assertError(verify("{\"claim\": \"The dam was closed.\""), 400, "not valid JSON");
        assertError(verify("{\"claim\": \"The dam was closed.\"} trailing"), 400, "not valid JSON");
        assertError(verify(""), 400, "JSON object");
        assertError(verify("[\"The dam was closed.\"]"), 400, "JSON object");
        assertError(verify("{\"storyId\": \"x\"}"), 400, "no \"claim\"");
        assertError(verify("{\"claim\": 42}"), 400, "must be a string");
        assertError(verify("{\"claim\": \"  \\n \"}"), 400, "blank");
        assertError(verify("{\"claim\": \"?! …\"}"), 400, "no words");
        assertError(verify(body("The dam was closed. ".repeat(120), null)), 400, "longer than " + VerifyController.MAX_CLAIM_CHARS);
        assertError(verify("{\"claim\": \"The dam was closed.\", \"storyId\": 7}"), 400, "storyId");
        assertError(verify(body("x".repeat(VerifyController.MAX_BODY_BYTES), null)), 413, "larger");
    }

    @Test
    void writesNothing() throws Exception {
        Map<String, String> before = storeFiles();
        var counts = store.counts();
        var storyOf = store.storyOfArticles();
        HttpResponse<String> r = verify(body("About 1,200 homes below the Dunmere dam were evacuated.", null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(store.counts()).isEqualTo(counts);
        assertThat(store.storyOfArticles()).isEqualTo(storyOf);
        assertThat(storeFiles()).isEqualTo(before);
    }

    /** A digest of every file of the store but SQLite's shared-memory index, which readers update. */
    private static Map<String, String> storeFiles() throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith("-shm")).toList()) {
                out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }
}
