package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code crosscheck} processes stopped with SIGTERM ({@code Process.destroy}) in the middle
 * of their work leave nothing in the temporary directory or beside their {@code -o} file; one
 * killed with SIGKILL leaves its folders to the next start, which removes them. A server holds
 * the bodies it receives in memory, so it leaves none behind either way.
 */
class StoppedRunCleanupTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    private Process crosscheck(Path tmp, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Entries of a directory whose names pass the test. */
    private static List<Path> entries(Path folder, Predicate<String> name) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> name.test(f.getFileName().toString())).toList();
        }
    }

    private static void awaitEntry(Process child, Path folder, Predicate<String> name, String what) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (entries(folder, name).isEmpty()) {
            assertThat(child.isAlive()).as("the child ended before making " + what).isTrue();
            assertThat(Instant.now()).as("waiting for " + what).isBefore(until);
            Thread.sleep(20);
        }
    }

    private static int stop(Process child) throws InterruptedException {
        child.destroy(); // SIGTERM
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child did not stop within a minute of SIGTERM");
        }
        return child.exitValue();
    }

    /** Many short articles on many invented topics: a clustering run that lasts. */
    private static String articles(int count) {
        String[] places = {"Varnholt", "Keswin", "Orlath", "Bramsey", "Tolvern", "Uskadal", "Peltry", "Quenby"};
        String[] things = {"ferry", "bridge", "library", "reservoir", "tram line", "harbour wall", "clinic", "market hall"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String place = places[i % places.length] + (i / 64);
            String thing = things[(i / places.length) % things.length];
            out.append("{\"id\": \"a").append(i).append("\", \"title\": \"").append(place).append(" ").append(thing)
                    .append(" reopens\", \"published\": \"2025-0").append(1 + i % 9).append("-1").append(i % 10)
                    .append("\", \"site\": \"Outlet ").append(i % 7).append("\", \"text\": \"The ").append(thing).append(" in ")
                    .append(place).append(" reopened on Monday after ").append(2 + i % 11).append(" months of repairs, the council said. ")
                    .append("Residents of ").append(place).append(" had waited since the spring.\"}\n");
        }
        return out.toString();
    }

    @Test
    void aClusterRunStoppedWithSigtermRemovesItsIndexFolderAndPartFile() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path input = Files.writeString(dir.resolve("articles.jsonl"), articles(4000), StandardCharsets.UTF_8);
        Process child = crosscheck(tmp, "cluster", "--quiet", "-o", out.resolve("stories.json").toString(), input.toString());
        String mine = "crosscheck-stories-" + child.pid() + "-";
        try {
            awaitEntry(child, out, n -> n.startsWith(".stories.json.") && n.endsWith(".part"), "its .part file");
            awaitEntry(child, tmp, n -> n.startsWith(mine), "its index folder");
        } finally {
            assertThat(stop(child)).as("stopped by SIGTERM, not finished").isEqualTo(143);
        }
        assertThat(entries(tmp, n -> n.startsWith("crosscheck-"))).isEmpty();
        assertThat(entries(out, n -> true)).isEmpty();
    }

    @Test
    void aClusterRunKilledWithSigkillLeavesItsIndexFolderToTheNextStart() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path input = Files.writeString(dir.resolve("articles.jsonl"), articles(4000), StandardCharsets.UTF_8);
        Process child = crosscheck(tmp, "cluster", "--quiet", "-o", dir.resolve("stories.json").toString(), input.toString());
        String mine = "crosscheck-stories-" + child.pid() + "-";
        try {
            awaitEntry(child, tmp, n -> n.startsWith(mine), "its index folder");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(entries(tmp, n -> n.startsWith(mine))).as("SIGKILL leaves it").hasSize(1);
        Process next = crosscheck(tmp, "--version");
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(entries(tmp, n -> n.startsWith("crosscheck-"))).as("the next start removes it").isEmpty();
    }

    @Test
    void aServerStoppedOrKilledDuringAnUploadLeavesNothingInTheTemporaryDirectory() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path store = Files.createDirectories(dir.resolve("store"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (boolean kill : new boolean[] {false, true}) {
            Process child = crosscheck(tmp, "serve", "--store", store.toString(), "--port", "0", "--token", "t0ken", "--no-warm-up");
            int port = port(child);
            try (Socket upload = new Socket("127.0.0.1", port)) {
                OutputStream body = upload.getOutputStream();
                body.write(("POST /api/articles?name=../slow.jsonl HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t0ken\r\n"
                        + "Content-Type: application/x-ndjson\r\nContent-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                body.write("{\"id\": \"half\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
                body.write("word ".repeat(20_000).getBytes(StandardCharsets.UTF_8));
                body.flush();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                        .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).as("the server answers while the upload is half sent").isEqualTo(200);
                Thread.sleep(500); // the half body is in the server's hands
                if (kill) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                } else {
                    assertThat(stop(child)).isEqualTo(143);
                }
            }
            assertThat(entries(tmp, n -> n.startsWith("crosscheck-upload-")))
                    .as("a body is received in memory: " + (kill ? "SIGKILL" : "SIGTERM") + " leaves no file of it").isEmpty();
            assertThat(entries(dir, n -> n.startsWith("slow"))).as("nor one under its name").isEmpty();
        }
    }

    /** The port a child {@code serve} announces on standard error. */
    private static int port(Process child) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = err.readLine()) != null) {
            lines.add(line);
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the child has gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve ended without serving: " + lines);
    }
}
