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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.pipeline.IngestResult;
import org.crosscheck.store.ArticlePage;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCounts;
import org.crosscheck.store.StoryPage;
import org.junit.jupiter.api.Assumptions;
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
        StoreOpener opener = (d, readOnly) -> new StoreOpener.OpenStore(empty, (name, body) -> new IngestResult(body.length, 0, List.of()), job -> {
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
            StoreOpener opener = (d, readOnly) -> new StoreOpener.OpenStore(emptyStore(new AtomicBoolean()), (name, body) -> null, job -> {
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

    @Test
    void servesAStoreReadOnlyOnAskAndRefusesWritesWithOneSentence() throws Exception {
        Path store = dir.resolve("store");
        SqliteStore.open(store).close();
        byte[] database = Files.readAllBytes(store.resolve("crosscheck.db"));
        servedReadOnly(store, "--read-only");
        assertThat(Files.readAllBytes(store.resolve("crosscheck.db"))).isEqualTo(database);
    }

    @Test
    void servesAStoreItCannotWriteReadOnly() throws Exception {
        Path store = dir.resolve("store");
        SqliteStore.open(store).close();
        List<Path> all;
        try (var files = Files.walk(store)) {
            all = files.toList();
        }
        try {
            for (Path p : all) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
            Assumptions.assumeFalse(SqliteStore.writable(store),
                    "this user writes files whatever their permissions (root): --read-only is tested instead");
            List<String> err = servedReadOnly(store);
            assertThat(err.get(0)).contains(store.toString()).contains("serving it read-only");
        } finally {
            for (Path p : all) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Serves the store with the real opener and the given options, checks it reads and refuses writes; returns its standard error. */
    private static List<String> servedReadOnly(Path store, String... options) throws Exception {
        java.io.PipedOutputStream pipe = new java.io.PipedOutputStream();
        java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.PipedInputStream(pipe), StandardCharsets.UTF_8));
        Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(pipe, true, StandardCharsets.UTF_8));
        List<String> args = new java.util.ArrayList<>(List.of("--store", store.toString(), "--port", "0", "--token", "t0ken", "--no-warm-up"));
        args.addAll(List.of(options));
        int[] exit = {-1};
        Thread serving = new Thread(() -> exit[0] = new CommandLine(new ServeCommand(terminal, StoreOpener.standard())).execute(args.toArray(String[]::new)));
        serving.start();
        List<String> lines = new java.util.ArrayList<>();
        Matcher m = null;
        String line;
        while ((line = err.readLine()) != null) {
            lines.add(line);
            m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
            if (m.find()) {
                break;
            }
        }
        assertThat(line).as("serve started: %s", lines).isNotNull().contains("read-only");
        String base = "http://127.0.0.1:" + m.group(1);
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"articles\":0");
            assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?q=harbour")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer t0ken").header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\", \"text\": \"A line.\"}\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(write.statusCode()).isEqualTo(403);
            assertThat(write.body()).contains("read-only");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit[0]).isZero();
        return lines;
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

            public java.util.Optional<org.crosscheck.store.StoredStory> story(String id) {
                return java.util.Optional.empty();
            }

            public ArticlePage articles(org.crosscheck.store.ArticleQuery q) {
                return new ArticlePage(0, List.of());
            }

            public java.util.Optional<org.crosscheck.store.ArticleInStory> article(String id) {
                return java.util.Optional.empty();
            }

            public java.util.Optional<List<org.crosscheck.extract.Article>> relatedArticles(String text, String storyId, int max) {
                return java.util.Optional.empty();
            }

            public org.crosscheck.store.OutletNetwork outlets() {
                return new org.crosscheck.store.OutletTally().network();
            }

            public void close() {
                closed.set(true);
            }
        };
    }
}
