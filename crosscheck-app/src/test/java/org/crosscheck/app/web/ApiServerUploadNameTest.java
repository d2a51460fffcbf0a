package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code name} of an upload is only a label: a name that would be a path outside, a NUL
 * byte or a very long name is ingested like any other, names the body's sources, and nothing is
 * written or deleted anywhere under it.
 */
class ApiServerUploadNameTest {

    private static final String TOKEN = "upload-name-token";
    private static final String LONG = "w".repeat(294) + ".jsonl";

    @TempDir
    static Path dir;
    private static SqliteStore store;
    private static ApiServer server;
    private static HttpCalls http;

    @BeforeAll
    static void start() throws Exception {
        store = SqliteStore.open(dir.resolve("store"));
        server = ApiServer.start(store, new Pipeline(PipelineSettings.fast()).bodyIngest(store), job -> {
                    throw new AssertionError("no statements are checked in this test");
                }, new ServerSettings("127.0.0.1", 0, TOKEN, 1 << 20), new PrintStream(PrintStream.nullOutputStream()));
        http = new HttpCalls(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** The name sent, the label its sources carry, and an invented article of its own. */
    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("..", "..", "ferry-1", "Ferry to Holmsund cancelled for a week",
                        "The ferry from Varby to Holmsund will not sail for a week while its ramp is repaired, the operator said."),
                Arguments.of("../x", "x", "mill-1", "Old Dunmere mill to become a library",
                        "The disused grain mill in Dunmere will be turned into a library by 2027, the town council decided on Tuesday."),
                Arguments.of("notes\u0000.jsonl", "notes\uFFFD.jsonl", "choir-1", "Tessby choir wins regional contest",
                        "The youth choir of Tessby won the regional singing contest in Orlen on Saturday, the organisers said."),
                Arguments.of(LONG, LONG.substring(LONG.length() - ArticleController.MAX_LABEL), "orchard-1",
                        "Frost damages apple orchards near Kallby",
                        "A late frost damaged about half of the apple blossom in the orchards around Kallby, growers said on Friday."));
    }

    @ParameterizedTest
    @MethodSource("names")
    void anyNameIsOnlyALabel(String name, String label, String id, String title, String text) throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        List<Path> places = List.of(tmp.getParent(), tmp, dir, dir.resolve("store"));
        List<String> before = namedAfterUploads(places);
        String body = "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"published\": \"2025-05-06\", \"site\": \"Test Post\","
                + " \"text\": \"" + text + "\"}\n";

        HttpResponse<String> r = http.post("/api/articles?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "Bearer " + TOKEN,
                body.getBytes(StandardCharsets.UTF_8), "application/octet-stream", Duration.ofMinutes(3));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = HttpCalls.json(r);
        assertThat(answer.get("added").asInt()).isEqualTo(1);
        assertThat(answer.get("skipped")).isEmpty();
        JsonNode article = HttpCalls.json(http.get("/api/articles/" + id));
        assertThat(article.get("source").asText()).isEqualTo(label + "#1");
        assertThat(article.get("title").asText()).isEqualTo(title);
        assertThat(Files.isDirectory(tmp)).as("the temporary folder is still there").isTrue();
        assertThat(namedAfterUploads(places)).as("nothing written or deleted under an upload's name").isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("names")
    void anEmptyBodyUnderAnyNameIsABadRequest(String name, String label, String id, String title, String text) {
        HttpResponse<String> r = http.post("/api/articles?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "Bearer " + TOKEN,
                new byte[0], "application/octet-stream");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(HttpCalls.json(r).get("error").asText()).contains("empty");
    }

    /**
     * The entries of the folders that an upload's name or a received body could have made: the
     * names of this test's uploads and the folders bodies were once received in.
     */
    private static List<String> namedAfterUploads(List<Path> folders) throws java.io.IOException {
        String received = "crosscheck-upload-" + ProcessHandle.current().pid() + "-";
        List<String> out = new java.util.ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.equals("x") || n.equals("body") || n.startsWith("notes") || n.startsWith("www")
                                || n.startsWith(received))
                        .map(n -> folder + "/" + n).forEach(out::add);
            }
        }
        return out.stream().sorted().toList();
    }
}
