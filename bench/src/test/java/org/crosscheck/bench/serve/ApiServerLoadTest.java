package org.crosscheck.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;
import org.crosscheck.app.web.ApiServer;
import org.crosscheck.app.web.ServerSettings;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.store.ArticleInStory;
import org.crosscheck.store.ArticlePage;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.OutletNetwork;
import org.crosscheck.store.OutletTally;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCounts;
import org.crosscheck.store.StoryPage;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.crosscheck.store.StoredStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Loopback load on one story page: {@code crosscheck.load.clients} clients (default 20), each
 * with its own connection, send {@code GET /api/stories/{id}} back to back for
 * {@code crosscheck.load.seconds} seconds after a short warm-up; prints the median and 99th
 * percentile latency and the requests per second. Runs only when the seconds are given
 * ({@code bench/serve}); the story is the largest of the examples, read from the SQLite store
 * they were ingested into (as {@code crosscheck ingest} does, under {@code target/}), and first, as the anchor of the same run, the same story JSON held in
 * memory (the server's own cost). Then the same load on {@code GET /api/outlets} over that store
 * (the outlets across every story, computed once per state of the stories and then served from
 * memory).
 */
@EnabledIfSystemProperty(named = "crosscheck.load.seconds", matches = "\\d+")
class ApiServerLoadTest {

    @Test
    void storyPageUnderLoopbackLoad() throws Exception {
        int seconds = Integer.parseInt(System.getProperty("crosscheck.load.seconds"));
        int clients = Integer.parseInt(System.getProperty("crosscheck.load.clients", "20"));
        List<String> lines = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(exampleStore())) {
            StorySummary largest = store.stories(new StoryQuery(null, StoryQuery.Order.LARGEST, 1, 0)).stories().get(0);
            StoredStory story = store.story(largest.id()).orElseThrow();
            lines.add(measure("from memory (anchor: the same story JSON, no store)", new OneStory(story), largest, seconds, clients));
            lines.add(measure("from the SQLite store of examples/", store, largest, seconds, clients));
            lines.add(measure("GET /api/outlets", "from the SQLite store of examples/", store, "/api/outlets",
                    store.outlets().outlets().size() + " outlets", seconds, clients));
            lines.add(measure("GET /api/stories", "from the SQLite store of examples/ (a page with outlet counts)", store, "/api/stories",
                    store.counts().stories() + " stories", seconds, clients));
            String outlet = store.outlets().outlets().get(0).outlet();
            lines.add(measure("GET /api/stories?outlet=", "from the SQLite store of examples/ (filtered by one outlet)", store,
                    "/api/stories?outlet=" + java.net.URLEncoder.encode(outlet, java.nio.charset.StandardCharsets.UTF_8),
                    store.counts().stories() + " stories", seconds, clients));
        }
        lines.forEach(System.out::println);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("serve.txt");
        Files.writeString(out, String.join("\n", lines) + "\n");
    }

    /** A fresh store directory into which {@code examples/} were ingested. */
    private static Path exampleStore() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-inputs")), "example-store");
        try (SqliteStore store = SqliteStore.open(dir)) {
            IngestSummary summary = new Pipeline(PipelineSettings.defaults()).ingest(List.of(Path.of("..", "examples").toString()),
                    InputStream.nullInputStream(), store, IngestListener.NONE, Progress.NONE);
            if (!summary.skipped().isEmpty() || summary.added() == 0) {
                throw new IllegalStateException("examples were not ingested: " + summary);
            }
        }
        return dir;
    }

    private static String measure(String label, Store store, StorySummary story, int seconds, int clients) throws Exception {
        return measure("GET /api/stories/{id}", label, store, "/api/stories/" + story.id(), story.articleCount() + " articles",
                seconds, clients);
    }

    private static String measure(String route, String label, Store store, String path, String size, int seconds, int clients)
            throws Exception {
        try (ApiServer server = ApiServer.start(store, (name, body) -> null, job -> null, ServerSettings.loopback(0, null),
                new PrintStream(PrintStream.nullOutputStream()))) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
            run(uri, clients, 3, null);
            List<long[]> perClient = new ArrayList<>();
            AtomicLong bytes = new AtomicLong();
            long started = System.nanoTime();
            long errors = run(uri, clients, seconds, perClient, bytes);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            assertThat(all).isNotEmpty();
            assertThat(errors).as(label).isZero();
            return String.format(Locale.ROOT,
                    "REST API %s %-52s (%s, %d bytes): %d clients, %.1f s, %d requests, %d errors, "
                            + "%.0f requests/s, median %.2f ms, p99 %.2f ms, max %.2f ms",
                    route, label, size, bytes.get() / Math.max(1, all.length), clients, elapsed, all.length, errors,
                    all.length / elapsed, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, all[all.length - 1] / 1e6);
        }
    }

    /** A store that holds one story in memory: the anchor, the server's own cost without a store behind it. */
    private record OneStory(StoredStory story) implements Store {

        @Override
        public StoreCounts counts() {
            return new StoreCounts(story.articles().size(), 1);
        }

        @Override
        public StoryPage stories(StoryQuery query) {
            return new StoryPage(0, List.of());
        }

        @Override
        public Optional<StoredStory> story(String id) {
            return id.equals(story.report().id()) ? Optional.of(story) : Optional.empty();
        }

        @Override
        public ArticlePage articles(ArticleQuery query) {
            return new ArticlePage(0, List.of());
        }

        @Override
        public Optional<ArticleInStory> article(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Article>> relatedArticles(String text, String storyId, int max) {
            return Optional.empty();
        }

        @Override
        public OutletNetwork outlets() {
            return new OutletTally().add(story.report()).network();
        }

        @Override
        public void close() {
        }
    }

    private static long run(URI uri, int clients, int seconds, List<long[]> results) throws InterruptedException {
        return run(uri, clients, seconds, results, new AtomicLong());
    }

    private static long run(URI uri, int clients, int seconds, List<long[]> results, AtomicLong bytes) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(r.body().length);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
                if (results != null) {
                    synchronized (results) {
                        results.add(Arrays.copyOf(latencies, n));
                    }
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return errors.get();
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
