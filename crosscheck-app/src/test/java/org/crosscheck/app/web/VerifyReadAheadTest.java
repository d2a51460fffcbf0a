package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSettings;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.pipeline.StoreIngest;
import org.crosscheck.pipeline.StoryAnalyst;
import org.crosscheck.time.PartialDate;
import org.crosscheck.verify.VerifyJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.cluster.ClusterSettings;

/** The server reads ahead the articles a statement about each of the newest stories would be judged against. */
class VerifyReadAheadTest {

    private static final List<String> TOWNS = List.of("Velmar", "Ostwick", "Karford", "Brinhaven", "Tamby", "Holstead");
    /** Six unlike events, one per town, each told by two outlets. */
    private static final List<String[]> EVENTS = List.of(
            new String[] {"bridge reopens after repairs", "The %s road bridge reopened on Monday after four months of repairs, the county council said.",
                "Traffic crossed the %s road bridge again on Monday when four months of repairs ended."},
            new String[] {"school gym destroyed by fire", "Fire destroyed the gymnasium of %s secondary school overnight, firefighters said.",
                "Firefighters fought through the night as flames gutted the %s school gym."},
            new String[] {"council votes to close pool", "%s council voted nine to four on Tuesday to close the town swimming pool.",
                "Councillors in %s backed the closure of the swimming pool by nine votes to four."},
            new String[] {"river bursts its banks", "The river burst its banks in %s on Wednesday, flooding forty homes near the mill.",
                "Forty homes by the old mill in %s were flooded when the river rose on Wednesday."},
            new String[] {"lantern festival draws crowds", "About 6,000 people watched the %s lantern parade on Friday night, organisers said.",
                "Organisers counted some 6,000 visitors at the %s lantern parade on Friday."},
            new String[] {"biscuit factory to shut", "The biscuit factory in %s will close in March with the loss of 210 jobs, its owner said.",
                "Some 210 workers at the %s biscuit plant will lose their jobs when it shuts in March."});

    @TempDir
    Path dir;

    private static Article article(String id, String title, String site, int day, String text) {
        return new Article(id, "test/" + id + ".txt", null, title, null,
                PartialDate.parseIso(String.format("2025-09-%02d", day)).orElseThrow(), site, "en", text);
    }

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < TOWNS.size(); i++) {
            String town = TOWNS.get(i);
            String[] event = EVENTS.get(i);
            articles.add(article(town + "-a", town + " " + event[0], "Valley Post", i + 1, String.format(event[1], town)));
            articles.add(article(town + "-b", town + ": " + event[0], "Hill Ledger", i + 1, String.format(event[2], town)));
        }
        return articles;
    }

    /** A judge that records what it is asked to read ahead and fails on the articles of {@code failing}. */
    private static StatementJudge recording(List<List<String>> read, String failing) {
        return new StatementJudge() {
            @Override
            public org.crosscheck.verify.VerifyResult verify(VerifyJob job) {
                throw new AssertionError("no statement is judged here");
            }

            @Override
            public void read(List<Article> sources) {
                if (sources.stream().anyMatch(a -> a.id().startsWith(failing))) {
                    throw new IllegalStateException("cannot annotate " + failing);
                }
                read.add(sources.stream().map(Article::id).toList());
            }
        };
    }

    private int readAhead(StatementJudge judge, ByteArrayOutputStream log) throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("store"))) {
            try (StoreIngest run = StoreIngest.start(store, new IngestSettings(8), ClusterSettings.defaults(), null, StoryAnalyst.headlinesOnly(),
                    IngestListener.NONE)) {
                articles().forEach(run::article);
                run.finish();
            }
            return new VerifyController(store, judge).readAhead(new PrintStream(log, true, StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsTheSourcesOfEachStoryOnceBeforeAnyStatement() throws Exception {
        List<List<String>> read = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertThat(readAhead(recording(read, "none"), log)).isEqualTo(12);
        assertThat(read).hasSize(TOWNS.size());
        // the newest story first, each story's two articles together, none twice
        assertThat(read.get(0)).containsExactlyInAnyOrder("Holstead-a", "Holstead-b");
        assertThat(read.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates().hasSize(12);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("read ahead 12 articles of the 6 newest stories");
    }

    @Test
    void aStoryThatCannotBeReadAheadIsNamedAndTheOthersAreRead() throws Exception {
        List<List<String>> read = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertThat(readAhead(recording(read, "Tamby"), log)).isEqualTo(10);
        assertThat(read).hasSize(TOWNS.size() - 1);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("did not read ahead story").contains("cannot annotate Tamby")
                .contains("read ahead 10 articles of the 5 newest stories");
    }
}
