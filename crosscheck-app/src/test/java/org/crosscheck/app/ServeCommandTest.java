package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.store.ArticlePage;
import org.crosscheck.store.IngestResult;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCounts;
import org.crosscheck.store.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}: its options, its errors, and a server it really starts over an opened store. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void needsAStoreDirectory() {
        assertThat(CliRun.of("serve").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun missing = CliRun.of("serve", "--store", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no store at");
        assertThat(CliRun.of("serve", "--store", dir.toString(), "--port", "70000").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("serve", "--store", dir.toString(), "--max-body-mb", "0").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void refusesAStoreItCannotReadInOneLineWithoutServing() throws Exception {
        Path store = dir.resolve("store");
        org.crosscheck.store.SqliteStore.open(store).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.resolve("crosscheck.db"));
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET value = '9' WHERE key = 'schema_version'");
        }
        CliRun run = CliRun.of("serve", "--store", store.toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_PROCESSED);
        assertThat(run.errLines()).hasSize(1).first().asString().contains(store.toString()).contains("schema version 9");
    }

    @Test
    void servesTheOpenedStoreWithTheGivenTokenUntilStopped() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        Store empty = emptyStore(closed);
        StoreOpener opener = d -> new StoreOpener.OpenStore(empty, body -> new IngestResult((int) Files.size(body), 0, List.of()), job -> {
            throw new IllegalStateException("no statements are checked in this test");
        });
        java.io.PipedOutputStream pipe = new java.io.PipedOutputStream();
        java.io.PipedInputStream errIn = new java.io.PipedInputStream(pipe);
        Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(pipe, true, StandardCharsets.UTF_8));
        Thread serving = new Thread(() -> new CommandLine(new ServeCommand(terminal, opener))
                .execute("--store", dir.toString(), "--port", "0", "--token", "t0ken", "--no-warm-up"));
        serving.start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(errIn, StandardCharsets.UTF_8)).readLine();
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        String base = "http://127.0.0.1:" + m.group(1);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"ok\"");
        HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer t0ken").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(write.body()).contains("\"added\":2");
        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(closed).isTrue();
        assertThat(Files.isDirectory(dir)).isTrue();
    }

    @Test
    void warmsUpTheVerifierOnceAtStartUnlessToldNotTo() throws Exception {
        for (boolean warm : new boolean[] {true, false}) {
            java.util.List<String> judged = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.CountDownLatch once = new java.util.concurrent.CountDownLatch(1);
            StoreOpener opener = d -> new StoreOpener.OpenStore(emptyStore(new AtomicBoolean()), body -> null, job -> {
                judged.add(job.statement());
                once.countDown();
                throw new IllegalStateException("this judge judges nothing");
            });
            Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream()));
            java.util.List<String> args = new java.util.ArrayList<>(List.of("--store", dir.toString(), "--port", "0"));
            if (!warm) {
                args.add("--no-warm-up");
            }
            Thread serving = new Thread(() -> new CommandLine(new ServeCommand(terminal, opener)).execute(args.toArray(String[]::new)));
            serving.start();
            boolean called = once.await(warm ? 60 : 3, java.util.concurrent.TimeUnit.SECONDS);
            serving.interrupt();
            serving.join(10_000);
            assertThat(called).as("warm-up " + warm).isEqualTo(warm);
            assertThat(judged).hasSize(warm ? 1 : 0);
        }
    }

    /** A store with nothing in it that notes when it is closed. */
    private static Store emptyStore(AtomicBoolean closed) {
        return new Store() {
            public StoreCounts counts() {
                return new StoreCounts(0, 0);
            }

            public StoryPage stories(org.crosscheck.store.StoryQuery q) {
                return new StoryPage(0, List.of());
            }

            public java.util.Optional<com.fasterxml.jackson.databind.node.ObjectNode> story(String id) {
                return java.util.Optional.empty();
            }

            public ArticlePage articles(org.crosscheck.store.ArticleQuery q) {
                return new ArticlePage(0, List.of());
            }

            public java.util.Optional<com.fasterxml.jackson.databind.node.ObjectNode> article(String id) {
                return java.util.Optional.empty();
            }

            public java.util.Optional<List<org.crosscheck.extract.Article>> relatedArticles(String text, String storyId, int max) {
                return java.util.Optional.empty();
            }

            public void close() {
                closed.set(true);
            }
        };
    }
}
