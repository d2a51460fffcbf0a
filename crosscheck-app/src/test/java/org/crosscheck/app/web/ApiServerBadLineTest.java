package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines POST body with one malformed byte loses that line only, as a file does. */
class ApiServerBadLineTest {

    private static final String TOKEN = "bad-line-token";

    @TempDir
    Path dir;

    @Test
    void aBodyWithOneInvalidUtf8ByteKeepsItsOtherLines() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"id\": \"quay-1\", \"title\": \"Ostvik quay reopens\", \"text\": \"The Ostvik quay reopened on "
                + "Tuesday after repairs to its stone wall, the harbour board said.\"}\n{\"id\": \"quay-2\", \"text\": \"Broken ")
                .getBytes(StandardCharsets.UTF_8));
        body.write(0xff);
        body.writeBytes((" byte.\"}\n{\"id\": \"quay-3\", \"title\": \"Quay in Ostvik open again\", \"text\": \"Ships moored at "
                + "the Ostvik quay again on Tuesday once the stone wall was repaired.\"}\n").getBytes(StandardCharsets.UTF_8));
        try (SqliteStore store = SqliteStore.open(dir);
             ApiServer server = ApiServer.start(store, new Pipeline(PipelineSettings.defaults()).bodyIngest(store),
                     job -> {
                         throw new AssertionError("no statements are checked in this test");
                     }, new ServerSettings("127.0.0.1", 0, TOKEN, 1 << 20), new PrintStream(PrintStream.nullOutputStream()))) {
            HttpResponse<String> answer = new HttpCalls(server.port()).post("/api/articles", "Bearer " + TOKEN,
                    body.toByteArray(), "application/x-ndjson", Duration.ofMinutes(3));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode json = HttpCalls.json(answer);
            assertThat(json.get("added").asInt()).isEqualTo(2);
            assertThat(json.get("skipped")).singleElement().satisfies(s -> {
                assertThat(s.get("source").asText()).isEqualTo("upload.jsonl#2");
                assertThat(s.get("reason").asText()).contains("not valid UTF-8");
            });
        }
    }
}
