package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoreCounts;
import org.crosscheck.store.StorySummary;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same-event pass of an ingest, with a stand-in finder (the events are given; the finder of
 * the pipeline is tested in {@code PipelineSameEventMergeTest}): what the store does when a batch's
 * story and a stored one tell one event.
 */
class StoredStoryMergeTest {

    @TempDir
    Path dir;

    private static Article article(String id, String date, String title, String text) {
        return new Article(id, id + ".txt", null, title, null, PartialDate.parseIso(date).orElseThrow(), "Brenholm Echo", "en", text);
    }

    private static final Article TRAM_1 = article("tram-1", "2025-05-10", "Tram depot in Brenholm flooded after storm",
            "Storm water flooded the tram depot in Brenholm on Saturday, and twelve trams stood in water up to their axles. "
                    + "The depot manager Aske Vinter said the trams would be checked one by one.");
    private static final Article TRAM_2 = article("tram-2", "2025-05-11", "Brenholm trams stay in flooded depot",
            "The twelve trams caught in the flooded Brenholm depot stayed there on Sunday while pumps drained the water. "
                    + "Depot manager Aske Vinter said the trams would be checked one by one.");
    private static final Article TRAM_3 = article("tram-3", "2025-05-12", "Flooded Brenholm depot drained, trams checked",
            "Pumps drained the flooded Brenholm tram depot by Monday, and depot manager Aske Vinter began checking the twelve trams one by one.");
    /** The same storm told from the night shift's side, in other words: clustering opens a story of its own. */
    private static final Article SHIFT = article("shift", "2025-05-09", "Night shift stranded as rain cuts eastern line",
            "Cleaners and nurses finishing late were stranded overnight when heavy rain cut power on the eastern line, a union spokesperson said.");
    private static final Article RESERVOIR = article("reservoir", "2025-05-10", "Reservoir opens new footpath for walkers",
            "A new gravel footpath around the Lunde reservoir opened to walkers this week, with benches and a bird hide.");

    /** A finder that groups the stories whose articles the given events name alike. */
    private static SameEventFinder byEvent(Map<String, String> eventOf) {
        return new SameEventFinder() {
            @Override
            public int maxDaysApart() {
                return 7;
            }

            @Override
            public List<List<Integer>> groups(List<Story> stories, Map<String, Article> articles, int touched) {
                Map<String, List<Integer>> groups = new LinkedHashMap<>();
                for (int i = 0; i < stories.size(); i++) {
                    String event = stories.get(i).articleIds().stream().map(eventOf::get).filter(e -> e != null).findFirst()
                            .orElse("story " + i);
                    groups.computeIfAbsent(event, k -> new ArrayList<>()).add(i);
                }
                return List.copyOf(groups.values());
            }
        };
    }

    private static void ingest(SqliteStore store, SameEventFinder finder, int batch, Article... articles) throws Exception {
        try (WarmStories warm = new WarmStories(ClusterSettings.defaults(), null);
             StoreIngest run = StoreIngest.startWarm(store, new IngestSettings(batch), warm, StoryAnalyst.headlinesOnly(),
                     finder, IngestListener.NONE)) {
            for (Article a : articles) {
                run.article(a);
            }
            run.finish();
        }
    }

    @Test
    void aStoredStoryOfTheSameEventIsAbsorbedItsIdLeadsOnAndLaterArticlesJoinTheMergedStory() throws Exception {
        SameEventFinder finder = byEvent(Map.of("tram-1", "storm", "tram-2", "storm", "shift", "storm"));
        String tramStory = StoryClusterer.storyId("tram-1");
        String shiftStory = StoryClusterer.storyId("shift");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            ingest(store, finder, 64, TRAM_1, TRAM_2, RESERVOIR);
            assertThat(store.counts()).isEqualTo(new StoreCounts(3, 2));
            assertThat(store.storyOfArticles()).containsEntry("tram-2", tramStory);

            ingest(store, finder, 1, SHIFT, TRAM_3);

            assertThat(store.counts()).as("the tram story is absorbed by the earlier night-shift story").isEqualTo(new StoreCounts(5, 2));
            Map<String, String> storyOf = store.storyOfArticles();
            assertThat(storyOf).containsEntry("shift", shiftStory).containsEntry("tram-1", shiftStory).containsEntry("tram-2", shiftStory)
                    .as("a later batch of the same run joins the merged story").containsEntry("tram-3", shiftStory);
            var merged = store.story(shiftStory).orElseThrow();
            assertThat(merged.report().articleIds()).containsExactly("shift", "tram-1", "tram-2", "tram-3");
            assertThat(merged.articles()).hasSize(4);
            assertThat(store.story(tramStory).orElseThrow().report().id()).as("the absorbed id leads to the merged story")
                    .isEqualTo(shiftStory);
            List<StorySummary> listed = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0)).stories();
            assertThat(listed).extracting(StorySummary::id).containsExactlyInAnyOrder(shiftStory, storyOf.get("reservoir"));
            assertThat(listed).filteredOn(s -> s.id().equals(shiftStory)).extracting(StorySummary::articleCount).containsExactly(4);
            assertThat(store.stories(new StoryQuery("depot", StoryQuery.Order.NEWEST, 10, 0)).stories())
                    .as("the search index forgot the absorbed story").extracting(StorySummary::id).containsExactly(shiftStory);
            assertThat(store.articles(new ArticleQuery("axles", 10, 0)).articles()).extracting(h -> h.storyId())
                    .as("an article stored before the merge is found under its new story").containsExactly(shiftStory);
        }
        try (SqliteStore reopened = SqliteStore.openReadOnly(dir.resolve("s"))) {
            assertThat(reopened.story(tramStory).orElseThrow().report().id()).isEqualTo(shiftStory);
        }
    }

    @Test
    void withoutTheFinderNothingMerges() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            ingest(store, SameEventFinder.NONE, 64, TRAM_1, TRAM_2, RESERVOIR);
            ingest(store, SameEventFinder.NONE, 1, SHIFT);
            assertThat(store.counts()).as("the night shift opens a story of its own").isEqualTo(new StoreCounts(4, 3));
            assertThat(store.story(StoryClusterer.storyId("shift"))).isPresent();
        }
    }
}
