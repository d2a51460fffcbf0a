package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictKind;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.claims.Attribution;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.Entity;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.EntityType;
import org.crosscheck.claims.Quantity;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.OutletRole;
import org.crosscheck.report.StoryOutlet;
import org.crosscheck.report.StoryReport;
import org.crosscheck.report.SummarySentence;
import org.crosscheck.report.TimelineEntry;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story and its articles come back from the store as the records they went in as, and the JSON
 * the server writes from them is, byte for byte, what the store used to keep and serve (the story
 * object of the report with its article objects appended, the article object with its story).
 */
class StoredStoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String FLOOD = "The Quenby weir failed at 04:10 on Sunday, the river board said.";
    private static final String FLOOD_LATER = "The Quenby weir may have failed on Saturday night, residents said.";
    private static final String HOMES = "About 140 homes in Lower Quenby were flooded.";

    private static final Article WIRE = new Article("quenby-1", "wire/quenby.html", "https://wire.example/quenby", "Quenby weir fails",
            "Ada Morrow", PartialDate.parseIso("2026-02-08T06:15:00+01:00").orElseThrow(), "wire.example", "en",
            FLOOD + "\n\n" + HOMES, "Fenland Wire");
    private static final Article COPY = new Article("quenby-2", "post/quenby.html", null, "Weir fails at Quenby", null,
            null, "post.example", "en", FLOOD_LATER + "\n\n" + HOMES, null);

    private static Claim claim(String id, Article a, String sentence, Attribution attribution, boolean hedged) {
        int start = a.text().indexOf(sentence);
        return new Claim(id, a.id(), sentence, start, start + sentence.length(), "the weir", "fail", null, false, hedged, attribution,
                List.of(new DateMention("Sunday", PartialDate.parseIso("2026-02-08").orElseThrow(), true)),
                List.of(new Quantity(140.0, "homes", "about 140 homes", "flooded")),
                List.of(new EntityMention("Quenby", "Quenby", EntityType.LOCATION, 4, 10)));
    }

    /** A story with every part the report writes: dates of each precision, an undecided link, unrounded shares, an undated outlet. */
    static StoryReport report() {
        Claim failed = claim("c1", WIRE, FLOOD, new Attribution("the river board", "said"), false);
        Claim failedLater = claim("c2", COPY, FLOOD_LATER, new Attribution("residents", "said"), true);
        Claim homes = claim("c3", WIRE, HOMES, null, false);
        Claim homesCopied = claim("c4", COPY, HOMES, null, false);
        ClaimGroup when = new ClaimGroup("g1", FLOOD, List.of(failed, failedLater), 2, 1, ClaimStatus.DISPUTED);
        ClaimGroup flooded = new ClaimGroup("g2", HOMES, List.of(homes, homesCopied), 2, 1, ClaimStatus.CORROBORATED);
        Conflict day = new Conflict("x1", ConflictKind.DATE, "Sunday or Saturday night", List.of(
                new ConflictSide("Sunday", List.of("quenby-1"), List.of(FLOOD), List.of("c1")),
                new ConflictSide("Saturday night", List.of("quenby-2"), List.of(FLOOD_LATER), List.of("c2"))), 0.7312345);
        Derivation copied = new Derivation(new ReuseLink("quenby-1", "quenby-2", ReuseKind.REWRITE, 0.5123456), DirectionBasis.UNDECIDED,
                0.4987654, 0.5123456, 0.3333333);
        return new StoryReport("s-quenby", "Quenby weir fails", List.of("quenby-1", "quenby-2"),
                List.of(new SummarySentence(FLOOD, "g1"), new SummarySentence(HOMES, "g2")), List.of(when, flooded), List.of(day),
                List.of(new TimelineEntry(PartialDate.parseIso("2026-02-08T04:10:00Z").orElseThrow(), FLOOD, List.of("g1"), true),
                        new TimelineEntry(PartialDate.ofMonth(2026, 2), HOMES, List.of("g2"), false, true)),
                List.of(new Entity("Quenby", EntityType.LOCATION, List.of("Lower Quenby"), 3, List.of("quenby-1", "quenby-2"))),
                List.of(copied), Map.of("quenby-2", PartialDate.parseIso("2026-02-08").orElseThrow()),
                List.of(new StoryOutlet("Fenland Wire", List.of("quenby-1"), OutletRole.ORIGINATOR, WIRE.published(), 0.0, List.of("g1"),
                                List.of(), List.of("x1")),
                        new StoryOutlet("post.example", List.of("quenby-2"), OutletRole.REWRITER, null, null, List.of(), List.of(),
                                List.of("x1"))));
    }

    private static AnalysedStory analysed(StoryReport report) {
        return new AnalysedStory(report.id(), report.title(), List.of(WIRE, COPY), report.conflicts().size(), List.of(), List.of(), report);
    }

    private static AddedArticle added(Article a, long hash) {
        return new AddedArticle(a, JsonReport.line(JsonReport.article(a)), hash, null, "s-quenby");
    }

    private SqliteStore storeOf(StoryReport report) throws Exception {
        SqliteStore store = SqliteStore.open(dir.resolve("store"));
        try (StoreWriter writer = store.writer()) {
            long run = writer.startRun();
            writer.write(run, List.of(added(WIRE, 1), added(COPY, 2)), List.of(analysed(report)), 0);
            writer.finishRun(run, 0, 1);
        }
        return store;
    }

    /** The story JSON as the store kept and served it before it gave records: the report's object, its article objects appended. */
    private static String servedBefore(StoryReport report, List<Article> articles) throws Exception {
        ObjectNode story = (ObjectNode) JSON.readTree(JsonReport.line(JsonReport.story(report)));
        ArrayNode array = story.putArray("articles");
        for (Article a : articles) {
            array.add(JSON.readTree(JsonReport.line(JsonReport.article(a))));
        }
        return story.toString();
    }

    @Test
    void aStoryComesBackAsTheReportItWasAndIsServedAsBefore() throws Exception {
        StoryReport report = report();
        try (SqliteStore store = storeOf(report)) {
            StoredStory stored = store.story("s-quenby").orElseThrow();
            assertThat(stored.report()).isEqualTo(report);
            assertThat(stored.articles()).containsExactly(WIRE, COPY);
            assertThat(JsonReport.story(stored.report(), stored.articles()).toString()).isEqualTo(servedBefore(report, List.of(WIRE, COPY)));
            assertThat(store.story("s-none")).isEmpty();
        }
    }

    @Test
    void aDeferredStoryKeepsItsFlag() throws Exception {
        StoryReport deferred = StoryReport.deferred("s-quenby", "Quenby weir fails", List.of("quenby-1", "quenby-2"));
        try (SqliteStore store = storeOf(deferred)) {
            StoryReport back = store.story("s-quenby").orElseThrow().report();
            assertThat(back).isEqualTo(deferred);
            assertThat(back.claimsDeferred()).isTrue();
        }
    }

    @Test
    void anArticleComesBackWithItsStoryAndIsServedAsBefore() throws Exception {
        try (SqliteStore store = storeOf(report())) {
            ArticleInStory copy = store.article("quenby-2").orElseThrow();
            assertThat(copy).isEqualTo(new ArticleInStory(COPY, "s-quenby"));
            ObjectNode before = (ObjectNode) JSON.readTree(JsonReport.line(JsonReport.article(COPY)));
            before.put("storyId", "s-quenby");
            assertThat(JsonReport.article(copy.article()).put("storyId", copy.storyId()).toString()).isEqualTo(before.toString());
        }
    }

    @Test
    void theOutletsAreTalliedFromTheStoredReports() throws Exception {
        try (SqliteStore store = storeOf(report())) {
            assertThat(store.outlets().storiesOf("Fenland Wire")).extracting(OutletStory::role).containsExactly("originator");
            assertThat(store.outlets().edges()).containsExactly(new OutletEdge("Fenland Wire", "post.example", 1));
            StoryPage page = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0));
            assertThat(page.stories().get(0).independentOutlets()).as("the originator, not the rewriter").isEqualTo(1);
            assertThat(page.stories().get(0).outletCount()).isEqualTo(2);
            assertThat(store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 10, 0, "post.example", null, null)).total()).isEqualTo(1);
        }
    }

    @Test
    void aStoreOfTheFirstSchemaIsRefusedNamingBothVersions() throws Exception {
        SqliteStore.open(dir.resolve("old")).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("old").resolve(StoreSchema.DATABASE));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> SqliteStore.open(dir.resolve("old"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 1").hasMessageContaining("schema version " + StoreSchema.VERSION)
                .hasMessageContaining("new store");
        assertThatThrownBy(() -> SqliteStore.openReadOnly(dir.resolve("old"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 1");
    }
}
