package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.cluster.HeadlineEmbedder;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StorySummary;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second pass of {@code analyze}: stories that clustering keeps apart but whose claims state
 * the same facts are one story, analysed again as one; stories of other events that share a
 * place and a person stay apart. The incremental ingest runs the same pass over each batch's stories
 * and the stored stories near them.
 */
class PipelineSameEventMergeTest {

    private static Article article(String id, String outlet, String date, String title, String text) {
        return new Article(id, id + ".txt", null, title, null, PartialDate.parseIso(date).orElseThrow(), outlet, "en", text);
    }

    /** The silo fire, told as the fire. */
    private static final Article FIRE = article("fire", "Orlmouth Courier", "2025-03-05", "Fire destroys grain silo in Orlmouth",
            "A fire destroyed the Harvel Mills grain silo in Orlmouth on Tuesday night, a loss that kitchens across the region will feel for months. Firefighters fought the blaze for six "
                    + "hours before they brought it under control. Fire chief Dana Korvel said nobody was hurt. The silo held "
                    + "about 4,000 tonnes of wheat, Harvel Mills said.");

    /** The same fire, told as what it costs the bakers: the fire comes only after the lead. */
    private static final Article BAKERS = article("bakers", "Lowland Farm News", "2025-03-06",
            "Bakers brace for dearer bread as flour runs short",
            "Bakers across the Lowland plain are bracing for dearer bread now that flames have ruined a huge flour reserve. "
                    + "Union leader Piet Salm expects the price of a loaf to rise by a tenth before summer, and some village "
                    + "bakeries may close on Mondays to save flour. Millers in the south say they cannot make up the gap before "
                    + "the next harvest, and importers quote long waits for shipments from abroad. Small shops fear they will "
                    + "lose customers to supermarket chains that hold larger stocks.\n\n"
                    + "The shortage began when a fire destroyed the Harvel Mills grain silo in Orlmouth on Tuesday night. "
                    + "Fire chief Dana Korvel said nobody was hurt. The silo held about 4,000 tonnes of wheat, Harvel Mills said. "
                    + "Firefighters fought the blaze for six hours before they brought it under control.");

    /** Another event in the same town, with the same fire chief. */
    private static final Article BUDGET = article("budget", "Orlmouth Courier", "2025-03-06",
            "Council votes money for new quay",
            "Town councillors voted on Thursday to spend 2 million euros on a new quay and a crane for the harbour. The money "
                    + "comes from a regional grant, and work starts in May, the council said. Harbour master Ines Wald welcomed "
                    + "the vote. Fishermen have asked for a longer quay for years, since large trawlers must now wait at sea "
                    + "for a free berth.\n\n"
                    + "In Orlmouth, fire chief Dana Korvel said the new quay would let fire boats dock faster.");

    private final Pipeline pipeline = new Pipeline(new PipelineSettings(1));

    @Test
    void storiesWhoseClaimsAlignAreOneStoryAndAnotherEventStaysApart() {
        List<Article> articles = List.of(FIRE, BAKERS, BUDGET);
        assertThat(pipeline.cluster(articles)).as("clustering alone keeps the two tellings of the fire apart")
                .extracting(Story::articleIds)
                .containsExactly(List.of("fire"), List.of("bakers"), List.of("budget"));

        Report report = pipeline.analyze(articles, Progress.NONE);

        assertThat(report.stories()).extracting(StoryReport::articleIds)
                .containsExactly(List.of("fire", "bakers"), List.of("budget"));
        StoryReport fire = report.stories().get(0);
        assertThat(fire.claims()).as("the merged story is analysed as one: its facts are corroborated by both outlets")
                .anySatisfy(g -> assertThat(g.sources()).isEqualTo(2));
        assertThat(fire.outlets()).extracting(o -> o.outlet()).containsExactlyInAnyOrder("Orlmouth Courier", "Lowland Farm News");
    }

    /** Another event, far from the fire in words: no sentence of it comes near a sentence of the others. */
    private static final Article CHOIR = article("choir", "Brenmark Herald", "2025-03-06", "Brenmark choir wins contest",
            "The Brenmark youth choir won the regional singing contest on Saturday with a folk medley of six songs.");

    @Test
    void withOneArticleStoriesDeferredTheTwoTellingsAreStillOneStoryAndReportedTheSame() {
        List<Article> articles = List.of(FIRE, BAKERS, BUDGET, CHOIR);
        Report full = pipeline.analyze(articles, Progress.NONE);
        Report deferred = pipeline.analyze(articles, Progress.NONE, true);

        assertThat(deferred.stories()).extracting(StoryReport::articleIds)
                .containsExactly(List.of("fire", "bakers"), List.of("budget"), List.of("choir"));
        assertThat(org.crosscheck.report.JsonReport.story(deferred.stories().get(0)))
                .isEqualTo(org.crosscheck.report.JsonReport.story(full.stories().get(0)));
        assertThat(deferred.stories().get(2).claimsDeferred()).as("a story no other could join is still deferred").isTrue();
        assertThat(full.stories().get(2).claimsDeferred()).isFalse();
    }

    @TempDir
    Path dir;

    /** Ingests the articles (with embeddings) in batches of two, the later batch's stories set beside the stored ones. */
    private void ingest(SqliteStore store, SameEventFinder sameEvents, Article... articles) throws Exception {
        IngestSettings settings = new IngestSettings(2);
        var cluster = pipeline.settings().cluster();
        try (WarmStories warm = new WarmStories(cluster, new HeadlineEmbedder(new SentenceEmbedder(), cluster.leadChars()));
             StoreIngest run = StoreIngest.startWarm(store, settings, warm, pipeline.storyAnalyst(Progress.NONE), sameEvents,
                     IngestListener.NONE)) {
            for (Article a : articles) {
                run.article(a);
            }
            run.finish();
        }
    }

    @Test
    void anIngestMergesANewStoryWithAStoredOneOfTheSameEventAndTheOldIdLeadsToIt() throws Exception {
        try (SqliteStore apart = SqliteStore.open(dir.resolve("apart"))) {
            ingest(apart, SameEventFinder.NONE, FIRE, BUDGET, BAKERS);
            assertThat(apart.counts().stories()).as("the first pass alone keeps the two tellings of the fire apart: %s", apart.storyOfArticles()).isEqualTo(3);
        }
        String bakersStory = StoryClusterer.storyId("bakers");
        String fireStory = StoryClusterer.storyId("fire");
        try (SqliteStore store = SqliteStore.open(dir.resolve("merged"))) {
            ingest(store, pipeline.sameEventFinder(), FIRE, BUDGET, BAKERS);

            assertThat(store.counts().stories()).isEqualTo(2);
            Map<String, String> storyOf = store.storyOfArticles();
            assertThat(storyOf).containsEntry("fire", fireStory).containsEntry("bakers", fireStory);
            assertThat(storyOf.get("budget")).isNotIn(fireStory, bakersStory);
            var merged = store.story(fireStory).orElseThrow();
            assertThat(merged.report().articleIds()).containsExactly("fire", "bakers");
            assertThat(merged.articles()).hasSize(2);
            assertThat(merged.report().outlets()).extracting(o -> o.outlet()).containsExactlyInAnyOrder("Orlmouth Courier", "Lowland Farm News");
            assertThat(store.story(bakersStory).orElseThrow().report().id())
                    .as("the id the later telling was placed under leads to the merged story").isEqualTo(fireStory);
            assertThat(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0)).stories())
                    .extracting(StorySummary::id).containsExactlyInAnyOrder(fireStory, storyOf.get("budget"));
            assertThat(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0)).stories())
                    .filteredOn(st -> st.id().equals(fireStory)).extracting(StorySummary::articleCount).containsExactly(2);
            assertThat(store.stories(new StoryQuery("bread", StoryQuery.Order.NEWEST, 10, 0)).stories())
                    .extracting(StorySummary::id).containsExactly(fireStory);
            assertThat(store.articles(new ArticleQuery("bakers bracing dearer", 10, 0)).articles())
                    .extracting(h -> h.storyId()).containsExactly(fireStory);
        }
    }
}
