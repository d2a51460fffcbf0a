package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Article;
import org.crosscheck.report.OutletRole;
import org.crosscheck.report.StoryOutlet;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story list: undated stories after dated ones, outlet counts per story, and filters by outlet and day. */
class StoryListTest {

    @TempDir
    Path dir;

    private static Article article(String id, String day, String outlet) {
        return new Article(id, id + ".txt", null, "Quay " + id, null, day == null ? null : PartialDate.parseIso(day).orElseThrow(),
                null, "en", "The quay at Fennick reopened " + id + ".", outlet);
    }

    private static StoryOutlet outlet(String name, OutletRole role) {
        return new StoryOutlet(name, List.of(), role, null, null, List.of(), List.of(), List.of());
    }

    private static AnalysedStory story(String id, List<Article> members, List<AnalysedStory.LinkRow> links, StoryOutlet... outlets) {
        StoryReport report = new StoryReport(id, "Story " + id, members.stream().map(Article::id).toList(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(outlets));
        return new AnalysedStory(id, "Story " + id, members, 0, List.of(), links, report);
    }

    private SqliteStore filled() throws Exception {
        SqliteStore store = SqliteStore.open(dir);
        List<Article> wire = List.of(article("w1", "2025-03-04", "Fennick Wire"), article("w2", "2025-03-05", "Harbour Post"),
                article("w3", "2025-03-05", "Glen Times"), article("w4", "2025-03-06", "Tolley Herald"),
                article("w5", "2025-03-06", Article.UNKNOWN_OUTLET));
        List<Article> older = List.of(article("o1", "2025-02-01", "Glen Times"));
        List<Article> undated = List.of(article("u1", null, "Fennick Wire"));
        List<AddedArticle> added = new ArrayList<>();
        for (var group : List.of(java.util.Map.entry("wire", wire), java.util.Map.entry("older", older), java.util.Map.entry("undated", undated))) {
            for (Article a : group.getValue()) {
                added.add(new AddedArticle(a, "{\"id\":\"" + a.id() + "\"}", a.id().hashCode(), null, group.getKey()));
            }
        }
        List<AnalysedStory> stories = List.of(
                story("wire", wire, List.of(new AnalysedStory.LinkRow("w1", "w2", "rewrite", 0.6),
                                new AnalysedStory.LinkRow("w1", "w3", "duplicate", 1.0)),
                        outlet("Fennick Wire", OutletRole.ORIGINATOR), outlet("Harbour Post", OutletRole.REWRITER),
                        outlet("Glen Times", OutletRole.COPIER),
                        outlet("Tolley Herald", OutletRole.INDEPENDENT), outlet(Article.UNKNOWN_OUTLET, OutletRole.INDEPENDENT)),
                story("older", older, List.of(), outlet("Glen Times", OutletRole.ORIGINATOR)),
                story("undated", undated, List.of(), outlet("Fennick Wire", OutletRole.ORIGINATOR)));
        try (StoreWriter writer = store.writer()) {
            long run = writer.startRun();
            writer.write(run, added, stories, 0);
            writer.finishRun(run, 0, stories.size());
        }
        return store;
    }

    private static List<String> ids(StoryPage page) {
        return page.stories().stream().map(StorySummary::id).toList();
    }

    @Test
    void newestPutsUndatedStoriesLastInEveryOrder() throws Exception {
        try (SqliteStore store = filled()) {
            assertThat(ids(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0)))).containsExactly("wire", "older", "undated");
            assertThat(ids(store.stories(new StoryQuery("quay", StoryQuery.Order.NEWEST, 10, 0)))).containsExactly("wire", "older", "undated");
            assertThat(ids(store.stories(new StoryQuery(null, StoryQuery.Order.LARGEST, 10, 0)))).containsExactly("wire", "older", "undated");
        }
    }

    @Test
    void eachLineCountsDistinctTextsOutletsAndIndependentOutlets() throws Exception {
        try (SqliteStore store = filled()) {
            StorySummary wire = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0)).stories().get(0);
            assertThat(wire.articleCount()).isEqualTo(5);
            assertThat(wire.distinctTexts()).as("the duplicate is not a text of its own").isEqualTo(4);
            assertThat(wire.outletCount()).as("unknown is no outlet").isEqualTo(4);
            assertThat(wire.independentOutlets()).as("originator and independent, not the rewriter, copier or unknown").isEqualTo(2);
        }
    }

    @Test
    void filtersByOutletAndByDay() throws Exception {
        try (SqliteStore store = filled()) {
            StoryPage glen = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0, "Glen Times", null, null));
            assertThat(glen.total()).isEqualTo(2);
            assertThat(ids(glen)).containsExactly("wire", "older");
            assertThat(ids(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0, null, "2025-03-01", null))))
                    .containsExactly("wire");
            assertThat(ids(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0, null, null, "2025-03-04"))))
                    .as("a story that began on the day reaches into it").containsExactly("wire", "older");
            assertThat(ids(store.stories(new StoryQuery("quay", StoryQuery.Order.NEWEST, 10, 0, "Fennick Wire", "2025-01-01", "2025-12-31"))))
                    .containsExactly("wire");
            assertThatThrownBy(() -> new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0, null, "March", null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
