package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoreWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The server over the real SQLite store: writes through {@code POST /api/articles}, then reads. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiServerStoreTest {

    private static final String TOKEN = "store-test-token";
    private static final Duration INGEST = Duration.ofMinutes(3);
    private static final String BODY = """
            {"id": "harbour-1", "title": "Kelvik harbour crane collapses onto a cargo ship", "published": "2025-06-03", "site": "Kelvik Post", "text": "A harbour crane collapsed onto a cargo ship in Kelvik on Monday, the port authority said.\\n\\nNobody was hurt, the authority said, and the ship was empty at the time."}
            {"id": "harbour-2", "title": "Crane falls on ship in Kelvik harbour", "published": "2025-06-03", "site": "Coast Herald", "text": "A crane collapsed onto a cargo ship in Kelvik harbour on Monday, the port authority said.\\n\\nTwo dock workers were taken to hospital, the authority said."}
            """;

    @TempDir
    static Path dir;
    private static SqliteStore store;
    private static ApiServer server;
    private static HttpCalls http;

    @BeforeAll
    static void start() throws Exception {
        store = SqliteStore.open(dir);
        server = ApiServer.start(store, new Pipeline(PipelineSettings.defaults()).bodyIngest(store), job -> {
                    throw new AssertionError("no statements are checked in this test");
                }, new ServerSettings("127.0.0.1", 0, TOKEN, 1 << 20), new PrintStream(PrintStream.nullOutputStream()));
        http = new HttpCalls(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> upload() {
        return http.post("/api/articles", "Bearer " + TOKEN, BODY.getBytes(StandardCharsets.UTF_8), "application/x-ndjson", INGEST);
    }

    @Test
    @Order(1)
    void ingestsThroughTheApiIdempotentlyAndServesWhatItStored() throws Exception {
        HttpResponse<String> first = upload();
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(HttpCalls.json(first).get("added").asInt()).isEqualTo(2);

        JsonNode health = HttpCalls.json(http.get("/api/health"));
        assertThat(health.get("articles").asInt()).isEqualTo(2);
        JsonNode stories = HttpCalls.json(http.get("/api/stories"));
        assertThat(stories.get("total").asInt()).isEqualTo(1);
        String storyId = stories.get("stories").get(0).get("id").asText();
        JsonNode story = HttpCalls.json(http.get("/api/stories/" + storyId));
        assertThat(story.get("articleIds")).extracting(JsonNode::asText).containsExactlyInAnyOrder("harbour-1", "harbour-2");
        assertThat(story.get("claims").size()).isPositive();
        JsonNode hits = HttpCalls.json(http.get("/api/articles?q=crane"));
        assertThat(hits.get("total").asInt()).isEqualTo(2);
        assertThat(hits.get("articles").get(0).get("storyId").asText()).isEqualTo(storyId);

        HttpResponse<String> again = upload();
        assertThat(HttpCalls.json(again).get("added").asInt()).isZero();
        assertThat(HttpCalls.json(again).get("duplicates").asInt()).isEqualTo(2);
        assertThat(HttpCalls.json(http.get("/api/stories/" + storyId))).isEqualTo(story);
    }

    @Test
    @Order(2)
    void aSearchOfHundredsOfWordsNeedsNoTokenAndIsAnswered() {
        if (HttpCalls.json(http.get("/api/health")).get("articles").asInt() == 0) { // run alone
            assertThat(upload().statusCode()).isEqualTo(200);
        }
        StringBuilder words = new StringBuilder("crane");
        for (int i = 0; i < 520; i++) {
            words.append('+').append("zq").append(Integer.toString(i, 26).replace('0', 'x'));
        }
        for (String path : List.of("/api/stories?q=", "/api/articles?q=")) {
            HttpResponse<String> r = http.get(path + words);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            assertThat(HttpCalls.json(r).get("total").asInt()).as("every word read must match").isZero();
        }
    }

    @Test
    @Order(3)
    void anUploadWhileAnotherIngestWritesIsRefusedAsBusy() throws Exception {
        try (StoreWriter other = store.writer()) {
            HttpResponse<String> busy = upload();
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(HttpCalls.json(busy).get("error").asText()).contains("busy").doesNotContain(dir.toString());
        }
    }
}
