package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.StoreIngest;
import org.crosscheck.pipeline.StoryAnalyst;
import org.crosscheck.pipeline.WarmStories;
import org.crosscheck.report.JsonReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.cluster.ClusterSettings;

/** The SQLite store and its ingest, without the language models: the store is the subject here. */
class SqliteStoreTest {

    @TempDir
    Path dir;

    static IngestSummary ingest(SqliteStore store, List<Article> articles, int batch) throws IOException {
        return ingest(store, articles, batch, IngestListener.NONE);
    }

    static IngestSummary ingest(SqliteStore store, List<Article> articles, int batch, IngestListener listener) throws IOException {
        try (StoreIngest run = StoreIngest.start(store, new IngestSettings(batch), ClusterSettings.defaults(), null, StoryAnalyst.headlinesOnly(),
                listener)) {
            articles.forEach(run::article);
            return run.finish();
        }
    }

    /** Every story's JSON, by id, as stored. */
    static Map<String, String> storyJson(SqliteStore store) {
        Map<String, String> out = new HashMap<>();
        for (StorySummary s : store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 1000, 0)).stories()) {
            StoredStory story = store.story(s.id()).orElseThrow();
            out.put(s.id(), JsonReport.story(story.report(), story.articles()).toString());
        }
        return out;
    }

    @Test
    void aNewStoreIsEmptyAndRecordsItsSchemaVersion() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0));
            assertThat(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0)).total()).isZero();
            assertThat(store.articles(new ArticleQuery("bridge", 10, 0)).total()).isZero();
        }
        assertThat(dir.resolve("s/crosscheck.db")).exists();
        assertThat(dir.resolve("s/index")).isDirectory();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s/crosscheck.db"))) {
            assertThat(StoreSchema.version(c)).isEqualTo(StoreSchema.VERSION);
            try (Statement s = c.createStatement()) {
                assertThat(s.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void aStoreFromANewerSchemaIsRefusedWithBothVersionsAndTheDirectory() throws Exception {
        Path store = dir.resolve("newer");
        SqliteStore.open(store).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("crosscheck.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET value = '7' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> SqliteStore.open(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining(store.toString()).hasMessageContaining("schema version 7")
                .hasMessageContaining("schema version " + StoreSchema.VERSION).hasMessageNotContaining("\n");
    }

    /**
     * A store of this schema version written before merged stories were recorded has no
     * {@code story_redirects} table: read only, an unknown id is simply not found; opened for
     * writing, the table is added and the store keeps its version.
     */
    @Test
    void aStoreOfThisVersionWithoutTheRedirectTableIsReadAndGainsItWhenOpenedForWriting() throws Exception {
        Path store = dir.resolve("before-merges");
        try (SqliteStore s = SqliteStore.open(store)) {
            ingest(s, GeneratedArticles.articles(2, 0, 2), 8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("crosscheck.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE story_redirects");
        }
        try (SqliteStore s = SqliteStore.openReadOnly(store)) {
            String known = s.storyOfArticles().get(GeneratedArticles.id(1, 0));
            assertThat(s.story(known)).isPresent();
            assertThat(s.story("no-such-story")).isEmpty();
        }
        SqliteStore.open(store).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("crosscheck.db"));
             Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'story_redirects'").getInt(1))
                    .isEqualTo(1);
            assertThat(StoreSchema.version(c)).isEqualTo(StoreSchema.VERSION);
        }
    }

    @Test
    void aSecondWriterGetsAClearErrorAndTheFirstKeepsWriting() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s")); SqliteStore other = SqliteStore.open(dir.resolve("s"))) {
            try (StoreIngest first = StoreIngest.start(store, new IngestSettings(4), ClusterSettings.defaults(), null, StoryAnalyst.headlinesOnly(),
                    IngestListener.NONE)) {
                assertThatThrownBy(() -> ingest(other, GeneratedArticles.articles(1, 0, 2), 4))
                        .isInstanceOf(StoreException.class).hasMessageContaining("being written by another ingest")
                        .hasMessageContaining(dir.resolve("s").toString());
                GeneratedArticles.articles(2, 0, 3).forEach(first::article);
                assertThat(first.finish().added()).isEqualTo(6);
            }
            assertThat(ingest(other, GeneratedArticles.articles(1, 3, 4), 4).added()).isEqualTo(1);
            assertThat(store.counts().articles()).isEqualTo(7);
        }
    }

    @Test
    void articlesOfOneEventFormOneStoryAndTheSameInputTwiceChangesNothing() throws Exception {
        List<Article> articles = GeneratedArticles.articles(4, 0, 4);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            IngestSummary first = ingest(store, articles, 5);
            assertThat(first.added()).isEqualTo(16);
            assertThat(first.duplicates()).isZero();
            assertThat(store.counts()).isEqualTo(new StoreCounts(16, 4));
            Map<String, String> storyOf = store.storyOfArticles();
            for (int t = 0; t < 4; t++) {
                Set<String> stories = new HashSet<>();
                for (int n = 0; n < 4; n++) {
                    stories.add(storyOf.get(GeneratedArticles.id(t, n)));
                }
                assertThat(stories).as("topic " + t).hasSize(1);
            }
            Map<String, String> json = storyJson(store);
            Map<String, Long> runs = store.analysedRuns();

            IngestSummary again = ingest(store, articles, 5);
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(16);
            assertThat(again.storiesTouched()).isZero();
            assertThat(storyJson(store)).isEqualTo(json);
            assertThat(store.analysedRuns()).isEqualTo(runs);
            assertThat(store.counts()).isEqualTo(new StoreCounts(16, 4));
        }
    }

    @Test
    void anArticleWithTheSameTextUnderAnotherIdIsADuplicate() throws Exception {
        Article a = GeneratedArticles.article(0, 0);
        Article copy = new Article("other-id", "elsewhere.txt", null, "Another headline", null, a.published(), "Elsewhere", "en",
                a.text().toUpperCase().replace(",", " ,"));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            ingest(store, List.of(a), 4);
            IngestSummary second = ingest(store, List.of(copy, GeneratedArticles.article(0, 1)), 4);
            assertThat(second.added()).isEqualTo(1);
            assertThat(second.duplicates()).isEqualTo(1);
            assertThat(store.article("other-id")).isEmpty();
        }
    }

    @Test
    void newArticlesJoinExistingStoriesAndOnlyTouchedStoriesAreAnalysedAgain() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            List<Article> firstPart = new ArrayList<>(GeneratedArticles.articles(3, 0, 2));
            for (int n = 0; n < 4; n++) {
                firstPart.add(GeneratedArticles.article(3, n));
            }
            IngestSummary first = ingest(store, firstPart, 64);
            Map<String, String> storyOf = store.storyOfArticles();
            Map<String, String> jsonBefore = storyJson(store);
            assertThat(store.counts()).isEqualTo(new StoreCounts(10, 4));

            IngestSummary second;
            try (SqliteStore reopened = SqliteStore.open(dir.resolve("s"))) {
                second = ingest(reopened, GeneratedArticles.articles(3, 2, 4), 64);
            }
            assertThat(second.added()).isEqualTo(6);
            assertThat(second.storiesTouched()).isEqualTo(3);
            assertThat(store.counts()).isEqualTo(new StoreCounts(16, 4));
            Map<String, String> storyAfter = store.storyOfArticles();
            Map<String, Long> analysed = store.analysedRuns();
            for (int t = 0; t < 3; t++) {
                String story = storyOf.get(GeneratedArticles.id(t, 0));
                assertThat(storyAfter.get(GeneratedArticles.id(t, 2))).isEqualTo(story);
                assertThat(storyAfter.get(GeneratedArticles.id(t, 3))).isEqualTo(story);
                assertThat(analysed.get(story)).isEqualTo(second.run());
                StoredStory stored = store.story(story).orElseThrow();
                assertThat(stored.report().articleIds()).hasSize(4);
                assertThat(stored.articles()).hasSize(4);
            }
            String untouched = storyOf.get(GeneratedArticles.id(3, 0));
            assertThat(analysed.get(untouched)).isEqualTo(first.run());
            assertThat(storyJson(store).get(untouched)).isEqualTo(jsonBefore.get(untouched));
        }
    }

    @Test
    void warmStoriesKeptBetweenRunsCatchUpWithAnotherWritersArticles() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s")); WarmStories warm = new WarmStories(ClusterSettings.defaults(), null)) {
            try (StoreIngest run = StoreIngest.startWarm(store, new IngestSettings(4), warm, StoryAnalyst.headlinesOnly(),
                    IngestListener.NONE)) {
                GeneratedArticles.articles(1, 0, 2).forEach(run::article);
                run.finish();
            }
            try (SqliteStore other = SqliteStore.open(dir.resolve("s"))) {
                List<Article> topic1 = List.of(GeneratedArticles.article(1, 0), GeneratedArticles.article(1, 1));
                ingest(other, topic1, 4);
            }
            IngestSummary third;
            try (StoreIngest run = StoreIngest.startWarm(store, new IngestSettings(4), warm, StoryAnalyst.headlinesOnly(),
                    IngestListener.NONE)) {
                run.article(GeneratedArticles.article(0, 2));
                run.article(GeneratedArticles.article(1, 2));
                third = run.finish();
            }
            assertThat(third.added()).isEqualTo(2);
            assertThat(third.storiesTouched()).isEqualTo(2);
            Map<String, String> storyOf = store.storyOfArticles();
            assertThat(storyOf.get(GeneratedArticles.id(0, 2))).isEqualTo(storyOf.get(GeneratedArticles.id(0, 0)));
            assertThat(storyOf.get(GeneratedArticles.id(1, 2))).isEqualTo(storyOf.get(GeneratedArticles.id(1, 0)));
            assertThat(store.counts()).isEqualTo(new StoreCounts(6, 2));
        }
    }

    @Test
    void aRunReplaysOnlyTheStoriesThatAreStillWarm() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            ingest(store, GeneratedArticles.articles(2, 0, 2), 8);
            List<Article> september = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                Article a = GeneratedArticles.article(5, n);
                september.add(new Article(a.id(), a.source(), null, a.title(), null,
                        org.crosscheck.time.PartialDate.parseIso("2025-09-1" + n).orElseThrow(), a.site(), "en", a.text()));
            }
            ingest(store, september, 8);
            try (WarmStories warm = new WarmStories(ClusterSettings.defaults(), null);
                 StoreIngest run = StoreIngest.startWarm(store, new IngestSettings(8), warm, StoryAnalyst.headlinesOnly(),
                         IngestListener.NONE)) {
                assertThat(warm.replayed()).as("only the September story is warm").isEqualTo(3);
                run.article(GeneratedArticles.article(5, 3));
                run.article(GeneratedArticles.article(0, 2));
                run.finish();
            }
            Map<String, String> storyOf = store.storyOfArticles();
            assertThat(storyOf.get(GeneratedArticles.id(5, 3))).isEqualTo(storyOf.get(GeneratedArticles.id(5, 0)));
            assertThat(storyOf.get(GeneratedArticles.id(0, 2))).as("March story went cold in September")
                    .isNotEqualTo(storyOf.get(GeneratedArticles.id(0, 0)));
        }
    }

    @Test
    void searchFindsArticlesWithASnippetAndStoriesByTheirWords() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            ingest(store, GeneratedArticles.articles(12, 0, 2), 8);
            String place = GeneratedArticles.place(5);
            ArticlePage hits = store.articles(new ArticleQuery(place.toLowerCase(), 10, 0));
            assertThat(hits.total()).isEqualTo(2);
            assertThat(hits.articles()).extracting(ArticleHit::id)
                    .containsExactlyInAnyOrder(GeneratedArticles.id(5, 0), GeneratedArticles.id(5, 1));
            for (ArticleHit hit : hits.articles()) {
                assertThat(hit.snippet()).contains(place).hasSizeLessThan(230);
                assertThat(hit.storyId()).isEqualTo(store.storyOfArticles().get(hit.id()));
                assertThat(hit.site()).isNotNull();
            }
            ArticlePage both = store.articles(new ArticleQuery(place + " " + GeneratedArticles.thing(6), 10, 0));
            assertThat(both.total()).as("every word must match").isZero();

            StoryPage stories = store.stories(new StoryQuery(GeneratedArticles.person(7), StoryQuery.Order.NEWEST, 10, 0));
            assertThat(stories.total()).isEqualTo(1);
            assertThat(stories.stories().get(0).id()).isEqualTo(store.storyOfArticles().get(GeneratedArticles.id(7, 0)));

            StoryPage page = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 5, 5));
            assertThat(page.total()).isEqualTo(12);
            assertThat(page.stories()).hasSize(5);
            assertThat(page.stories().get(0).last()).isGreaterThanOrEqualTo(page.stories().get(4).last());
            ArticlePage newest = store.articles(new ArticleQuery(null, 3, 0));
            assertThat(newest.total()).isEqualTo(24);
            assertThat(newest.articles().get(0).published()).isEqualTo("2025-03-05");
            ArticleInStory article = store.article(GeneratedArticles.id(2, 1)).orElseThrow();
            assertThat(article.article().text()).isEqualTo(GeneratedArticles.article(2, 1).text());
            assertThat(article.storyId()).isEqualTo(store.storyOfArticles().get(GeneratedArticles.id(2, 1)));
        }
    }

    @Test
    void aSearchOfHundredsOfWordsIsCappedAndRepeatedWordsCountOnce() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            ingest(store, GeneratedArticles.articles(6, 0, 2), 8);
            String place = GeneratedArticles.place(3).toLowerCase();
            StringBuilder many = new StringBuilder(place);
            for (int i = 0; i < 1500; i++) {
                many.append(" zq").append(Integer.toString(i, 26).replace('0', 'x'));
            }
            assertThat(store.articles(new ArticleQuery(many.toString(), 10, 0)).total()).as("every word read must match").isZero();
            assertThat(store.stories(new StoryQuery(many.toString(), StoryQuery.Order.NEWEST, 10, 0)).total()).isZero();

            String repeated = (place + " ").repeat(2000);
            assertThat(store.articles(new ArticleQuery(repeated, 10, 0)).total()).isEqualTo(2);
            assertThat(store.stories(new StoryQuery(repeated, StoryQuery.Order.NEWEST, 10, 0)).total()).isEqualTo(1);
        }
    }

    @Test
    void aStoreOpenedReadOnlyAnswersEverythingAndWritesNothing() throws Exception {
        Path s = dir.resolve("s");
        try (SqliteStore store = SqliteStore.open(s)) {
            ingest(store, GeneratedArticles.articles(4, 0, 2), 8);
        }
        byte[] database = Files.readAllBytes(s.resolve("crosscheck.db"));
        try (SqliteStore store = SqliteStore.openReadOnly(s)) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.counts()).isEqualTo(new StoreCounts(8, 4));
            assertThat(store.articles(new ArticleQuery(GeneratedArticles.place(2), 10, 0)).total()).isEqualTo(2);
            assertThat(store.story(store.storyOfArticles().get(GeneratedArticles.id(1, 0)))).isPresent();
            assertThat(store.relatedArticles(GeneratedArticles.place(3), null, 5)).get().asList().isNotEmpty();
            assertThatThrownBy(store::writer).isInstanceOf(StoreException.class).hasMessageContaining("read-only")
                    .hasMessageContaining(s.toString());
        }
        assertThat(Files.readAllBytes(s.resolve("crosscheck.db"))).isEqualTo(database);
        assertThatThrownBy(() -> SqliteStore.openReadOnly(dir.resolve("none"))).isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.resolve("none").toString());
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aStoreWithoutWritePermissionIsToldAndOpensReadOnly() throws Exception {
        Path s = dir.resolve("s");
        try (SqliteStore store = SqliteStore.open(s)) {
            ingest(store, GeneratedArticles.articles(3, 0, 2), 8);
        }
        assertThat(SqliteStore.writable(s)).isTrue();
        List<Path> all;
        try (var files = Files.walk(s)) {
            all = files.toList();
        }
        try {
            for (Path p : all) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
            Assumptions.assumeFalse(SqliteStore.writable(s),
                    "this user writes files whatever their permissions (root): the --read-only tests cover the read-only store");
            try (SqliteStore store = SqliteStore.openReadOnly(s)) {
                assertThat(store.counts()).isEqualTo(new StoreCounts(6, 3));
                assertThat(store.articles(new ArticleQuery(GeneratedArticles.place(1), 10, 0)).total()).isEqualTo(2);
            }
        } finally {
            for (Path p : all) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    @Test
    void storiesComeLargestFirstOnAsk() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            List<Article> articles = new ArrayList<>(GeneratedArticles.articles(3, 0, 1));
            articles.add(GeneratedArticles.article(1, 1));
            articles.add(GeneratedArticles.article(1, 2));
            articles.add(GeneratedArticles.article(2, 1));
            ingest(store, articles, 64);
            List<StorySummary> largest = store.stories(new StoryQuery(null, StoryQuery.Order.LARGEST, 10, 0)).stories();
            assertThat(largest).extracting(StorySummary::articleCount).containsExactly(3, 2, 1);
            assertThat(largest.get(0).title()).contains(GeneratedArticles.place(1));
        }
    }

    @Test
    void anIndexBehindOrLostIsCaughtUpFromTheDatabaseOnOpen() throws Exception {
        Path s = dir.resolve("s");
        try (SqliteStore store = SqliteStore.open(s)) {
            ingest(store, GeneratedArticles.articles(5, 0, 2), 4);
        }
        try (var files = Files.list(s.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (SqliteStore store = SqliteStore.open(s)) {
            assertThat(store.indexedArticles()).isEqualTo(10);
            assertThat(store.articles(new ArticleQuery(GeneratedArticles.place(3), 10, 0)).total()).isEqualTo(2);
            assertThat(store.stories(new StoryQuery(GeneratedArticles.person(4), StoryQuery.Order.NEWEST, 10, 0)).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void readersReadConsistentStoriesWhileOneWriterIngests() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger readsDuringIngest = new AtomicInteger();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<Long> seen = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try {
                    while (writing.get()) {
                        seen.add(store.counts().articles());
                        for (StorySummary s : store.stories(new StoryQuery(null, StoryQuery.Order.LARGEST, 3, 0)).stories()) {
                            StoredStory story = store.story(s.id()).orElseThrow();
                            if (story.articles().size() != story.report().articleIds().size()) {
                                failures.add(new AssertionError("story " + s.id() + " read half written"));
                            }
                        }
                        store.articles(new ArticleQuery("council", 5, 0));
                        readsDuringIngest.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            reader.start();
            List<Long> reported = new ArrayList<>();
            try {
                ingest(store, GeneratedArticles.articles(40, 0, 3), 6, new IngestListener() {
                    @Override
                    public void batchDone(int added, int duplicates, long total) {
                        reported.add(total);
                    }
                });
            } finally {
                writing.set(false);
                reader.join();
            }
            assertThat(failures).isEmpty();
            assertThat(readsDuringIngest.get()).isGreaterThan(1);
            assertThat(reported).hasSize(20).last().isEqualTo(120L);
            assertThat(seen).isSorted();
            assertThat(Set.copyOf(reported)).containsAll(seen.stream().filter(n -> n > 0).toList());
        }
    }
}
