package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.StoreIngest;
import org.crosscheck.pipeline.StoryAnalyst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.cluster.ClusterSettings;

/**
 * Kills a real ingesting process with SIGKILL ({@code destroyForcibly}) and checks what it
 * left: a store that opens, holds every article of every batch it reported done, stays
 * consistent (membership, stories, search) and takes the rest on a second ingest. While the
 * child writes, this process reads the store and is refused as a second writer.
 */
class StoreCrashTest {

    private static final Pattern DONE = Pattern.compile("ingested \\d+ articles \\((\\d+) total\\)");
    private static final int TOPICS = 60;
    private static final int PER_TOPIC = 5;
    private static final int BATCH = 10;
    private static final long PAUSE_MS = 80;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesAStoreThatHoldsEveryReportedBatchAndResumes() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < PER_TOPIC; n++) {
            for (int t = 0; t < TOPICS; t++) {
                articles.add(GeneratedArticles.article(t, n));
            }
        }
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, GeneratedArticles.jsonl(articles), StandardCharsets.UTF_8);
        Path store = dir.resolve("store");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreCrashChild.class.getName(),
                store.toString(), input.toString(), Integer.toString(BATCH), Long.toString(PAUSE_MS))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long reportedTotal = 0;
        int reports = 0;
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                lines.add(line);
                Matcher m = DONE.matcher(line);
                if (m.find()) {
                    reportedTotal = Long.parseLong(m.group(1));
                    if (++reports == 1) {
                        whileTheChildWrites(store, reportedTotal);
                    } else if (reports == 3) {
                        // past the child's pause, into its next batch: somewhere while it reads, places or writes
                        Thread.sleep(PAUSE_MS + java.util.concurrent.ThreadLocalRandom.current().nextLong(40));
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reports).as("the child reported batches: %s", lines).isEqualTo(3);
        assertThat(lines).noneMatch(l -> l.startsWith("finished"));
        assertThat(child.exitValue()).isNotZero();

        try (SqliteStore opened = SqliteStore.open(store)) {
            long held = opened.counts().articles();
            assertThat(held).isGreaterThanOrEqualTo(reportedTotal).isLessThan(articles.size()).isEqualTo(held / BATCH * BATCH);
            Map<String, String> storyOf = opened.storyOfArticles();
            for (int i = 0; i < reportedTotal; i++) {
                assertThat(storyOf).as("article %d of a reported batch", i).containsKey(articles.get(i).id());
            }
            assertConsistent(opened, held);
        }

        IngestSummary resumed;
        try (SqliteStore again = SqliteStore.open(store)) {
            long held = again.counts().articles();
            resumed = ingestWithTheRealReaders(again, input);
            assertThat(resumed.added()).isEqualTo(articles.size() - (int) held);
            assertThat(resumed.duplicates()).isEqualTo((int) held);
            assertThat(again.counts().articles()).isEqualTo(articles.size());
            assertConsistent(again, articles.size());
            Map<String, String> storyOf = again.storyOfArticles();
            for (int t = 0; t < TOPICS; t++) {
                String first = storyOf.get(GeneratedArticles.id(t, 0));
                for (int n = 1; n < PER_TOPIC; n++) {
                    assertThat(storyOf.get(GeneratedArticles.id(t, n))).as("article %d of topic %d joined its story", n, t)
                            .isEqualTo(first);
                }
            }
        }
    }

    /** Another process may read the store while the child writes it, but not write it. */
    private static void whileTheChildWrites(Path store, long reported) throws Exception {
        try (SqliteStore reader = SqliteStore.open(store)) {
            assertThat(reader.counts().articles()).isGreaterThanOrEqualTo(reported);
            assertThat(reader.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 5, 0)).stories()).isNotEmpty();
            assertThatThrownBy(reader::writer).isInstanceOf(StoreException.class)
                    .hasMessageContaining("being written by another ingest");
        }
    }

    private static IngestSummary ingestWithTheRealReaders(SqliteStore store, Path input) throws Exception {
        try (StoreIngest run = StoreIngest.start(store, new IngestSettings(BATCH), ClusterSettings.defaults(), null, StoryAnalyst.headlinesOnly(),
                IngestListener.NONE)) {
            new Pipeline(new PipelineSettings(1)).extract(List.of(input.toString()), System.in, new ArticleSink() {
                @Override
                public void article(Article article) {
                    run.article(article);
                }

                @Override
                public void skipped(SkippedInput skipped) {
                    throw new AssertionError(skipped.message());
                }
            });
            return run.finish();
        }
    }

    /** Every article in exactly one story, stories agree with their membership, search agrees with SQLite. */
    private static void assertConsistent(SqliteStore store, long articles) {
        Map<String, String> storyOf = store.storyOfArticles();
        assertThat(storyOf).hasSize((int) articles).doesNotContainValue(null);
        Map<String, Integer> sizes = new HashMap<>();
        storyOf.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
        StoryPage all = store.stories(new StoryQuery(null, StoryQuery.Order.LARGEST, 10_000, 0));
        assertThat(all.total()).isEqualTo(sizes.size());
        for (StorySummary s : all.stories()) {
            assertThat(s.articleCount()).isEqualTo(sizes.get(s.id()));
            StoredStory story = store.story(s.id()).orElseThrow();
            assertThat(story.report().articleIds()).hasSize(s.articleCount());
            story.report().articleIds().forEach(id -> assertThat(storyOf.get(id)).isEqualTo(s.id()));
        }
        assertThat(store.indexedArticles()).isEqualTo(articles);
        long council = storyOf.keySet().stream().filter(id -> store.article(id).orElseThrow().article().text().contains(
                GeneratedArticles.place(7))).count();
        assertThat(store.articles(new ArticleQuery(GeneratedArticles.place(7), 100, 0)).total()).isEqualTo(council);
    }
}
