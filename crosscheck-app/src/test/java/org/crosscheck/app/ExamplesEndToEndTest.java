package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code analyze} over the bundled {@code examples/}, checked against what examples/README.md
 * says is planted there: the stories, the wire-copy rewrites, the date and number conflicts
 * and the corroboration counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesEndToEndTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String BRIDGE = "ashcombe-bridge-collapse/";
    private static final String BREACH = "carrow-bay-hospital-breach/";

    private JsonNode report;
    private final Map<String, String> idBySource = new HashMap<>();
    private final Map<String, String> sourceById = new HashMap<>();

    @BeforeAll
    void analyzeExamples() throws Exception {
        assertThat(EXAMPLES).isDirectory();
        CliRun run = CliRun.of("analyze", "--quiet", EXAMPLES.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        report = new ObjectMapper().readTree(run.out());
        for (JsonNode a : report.get("articles")) {
            String source = a.get("source").asText().replace('\\', '/');
            String relative = source.substring(source.indexOf("examples/") + "examples/".length());
            idBySource.put(relative, a.get("id").asText());
            sourceById.put(a.get("id").asText(), relative);
        }
    }

    @Test
    void readsAllThirteenArticlesIntoFiveStories() {
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("articles")).hasSize(13);
        List<Set<String>> stories = new ArrayList<>();
        for (JsonNode story : report.get("stories")) {
            Set<String> members = new TreeSet<>();
            story.get("articleIds").forEach(id -> members.add(sourceById.get(id.asText())));
            stories.add(members);
        }
        assertThat(stories).containsExactlyInAnyOrder(
                Set.of(BRIDGE + "northwire.txt", BRIDGE + "dunmore-valley-gazette.html", BRIDGE + "ashcombe-evening-post.html",
                        BRIDGE + "riverside-courier.html", BRIDGE + "county-ledger.txt"),
                Set.of(BREACH + "meridian-press.html", BREACH + "harbour-times.txt", BREACH + "westshire-star.html",
                        BREACH + "coastal-observer.txt", BREACH + "bay-sentinel.html"),
                Set.of("unrelated/holloway-marsh-library-reopens.txt"),
                Set.of("unrelated/pellham-rovers-beat-strand-athletic.html"),
                Set.of("unrelated/orlen-valley-heatwave-warning.txt"));
    }

    @Test
    void findsTheWireCopyRewriteInEachStoryAndNoOtherReuse() {
        assertThat(links(story(BRIDGE))).containsExactly(BRIDGE + "northwire.txt -> " + BRIDGE + "dunmore-valley-gazette.html rewrite");
        assertThat(links(story(BREACH))).containsExactly(BREACH + "meridian-press.html -> " + BREACH + "harbour-times.txt rewrite");
    }

    @Test
    void flagsThePlantedDateAndNumberConflictsAndNothingElse() {
        JsonNode bridge = story(BRIDGE);
        assertThat(kinds(bridge)).containsExactlyInAnyOrder("date", "number");
        assertThat(sides(conflict(bridge, "date"))).containsOnly(
                Map.entry("2025-03-04", Set.of(BRIDGE + "northwire.txt", BRIDGE + "dunmore-valley-gazette.html",
                        BRIDGE + "ashcombe-evening-post.html", BRIDGE + "county-ledger.txt")),
                Map.entry("2025-03-05", Set.of(BRIDGE + "riverside-courier.html")));
        assertThat(sideArticles(conflict(bridge, "number"))).containsExactlyInAnyOrder(
                Set.of(BRIDGE + "northwire.txt", BRIDGE + "dunmore-valley-gazette.html",
                        BRIDGE + "ashcombe-evening-post.html", BRIDGE + "riverside-courier.html"),
                Set.of(BRIDGE + "county-ledger.txt"));
        assertThat(sideValues(conflict(bridge, "number"))).anySatisfy(v -> assertThat(v).contains("12"))
                .anySatisfy(v -> assertThat(v).contains("21"));

        JsonNode breach = story(BREACH);
        assertThat(kinds(breach)).containsExactlyInAnyOrder("date", "number");
        assertThat(sides(conflict(breach, "date"))).containsOnly(
                Map.entry("2025-06-09", Set.of(BREACH + "meridian-press.html", BREACH + "harbour-times.txt",
                        BREACH + "westshire-star.html", BREACH + "bay-sentinel.html")),
                Map.entry("2025-06-10", Set.of(BREACH + "coastal-observer.txt")));
        assertThat(sideArticles(conflict(breach, "number"))).containsExactlyInAnyOrder(
                Set.of(BREACH + "meridian-press.html", BREACH + "harbour-times.txt",
                        BREACH + "coastal-observer.txt", BREACH + "bay-sentinel.html"),
                Set.of(BREACH + "westshire-star.html"));
        for (JsonNode story : List.of(bridge, breach)) {
            for (JsonNode c : story.get("conflicts")) {
                assertThat(c.get("description").asText()).isNotBlank();
            }
        }
    }

    @Test
    void countsTheRewriteAsOneWitness() {
        JsonNode injured = claimSaying(story(BRIDGE), "12 people were injured in the collapse");
        assertThat(injured.get("sources").asInt()).isEqualTo(4);
        assertThat(injured.get("independentSources").asInt()).isEqualTo(3);
        assertThat(injured.get("status").asText()).isEqualTo("disputed");

        JsonNode vehicles = claimSaying(story(BRIDGE), "Four vehicles fell into the river");
        assertThat(vehicles.get("sources").asInt()).isEqualTo(5);
        assertThat(vehicles.get("independentSources").asInt()).isEqualTo(4);
        assertThat(vehicles.get("status").asText()).isEqualTo("corroborated");

        JsonNode exposed = claimSaying(story(BREACH), "records of 4,800 patients were exposed");
        assertThat(exposed.get("sources").asInt()).isEqualTo(4);
        assertThat(exposed.get("independentSources").asInt()).isEqualTo(3);
        assertThat(exposed.get("status").asText()).isEqualTo("disputed");
    }

    @Test
    void supportOffsetsPointAtTheSentenceInTheArticleText() {
        Map<String, String> texts = new HashMap<>();
        report.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        for (JsonNode story : report.get("stories")) {
            for (JsonNode claim : story.get("claims")) {
                for (JsonNode s : claim.get("support")) {
                    String text = texts.get(s.get("articleId").asText());
                    assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("sentence").asText());
                }
            }
        }
    }

    @Test
    void everySummarySentenceAndTimelineEntryIsBackedByAClaimOfItsStory() {
        for (JsonNode story : report.get("stories")) {
            Set<String> claimIds = new TreeSet<>();
            story.get("claims").forEach(c -> claimIds.add(c.get("id").asText()));
            assertThat(story.get("summarySentences").size()).isBetween(1, 5);
            story.get("summarySentences").forEach(s -> assertThat(claimIds).contains(s.get("claimId").asText()));
            story.get("timeline").forEach(t -> t.get("claimIds").forEach(id -> assertThat(claimIds).contains(id.asText())));
        }
        assertThat(story(BRIDGE).get("timeline")).anySatisfy(t -> assertThat(t.get("date").asText()).isEqualTo("2025-03-04"));
    }

    @Test
    void mergesAliasesOfTheSameEntity() {
        JsonNode okonkwo = entity(story(BRIDGE), "Marta Okonkwo");
        assertThat(okonkwo.get("type").asText()).isEqualTo("PERSON");
        assertThat(okonkwo.get("articleIds")).hasSize(5);
        JsonNode rta = entity(story(BRIDGE), "Regional Transport Authority");
        assertThat(StreamSupport.stream(rta.get("aliases").spliterator(), false).map(JsonNode::asText)).contains("RTA");
    }

    @Test
    void markdownReportShowsConflictsSideBySide() {
        CliRun run = CliRun.of("analyze", "--quiet", "--format", "markdown", EXAMPLES.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("# crosscheck report").contains("### Conflicts")
                .contains("21 people were injured in the collapse").contains("### Provenance");
    }

    private JsonNode story(String folder) {
        String anchor = idBySource.get(folder + (folder.equals(BRIDGE) ? "northwire.txt" : "meridian-press.html"));
        for (JsonNode story : report.get("stories")) {
            for (JsonNode id : story.get("articleIds")) {
                if (id.asText().equals(anchor)) {
                    return story;
                }
            }
        }
        throw new AssertionError("no story holds " + folder);
    }

    private List<String> links(JsonNode story) {
        List<String> out = new ArrayList<>();
        story.get("provenance").forEach(l -> out.add(sourceById.get(l.get("from").asText()) + " -> "
                + sourceById.get(l.get("to").asText()) + " " + l.get("kind").asText()));
        return out;
    }

    private static List<String> kinds(JsonNode story) {
        List<String> out = new ArrayList<>();
        story.get("conflicts").forEach(c -> out.add(c.get("kind").asText()));
        return out;
    }

    private static JsonNode conflict(JsonNode story, String kind) {
        for (JsonNode c : story.get("conflicts")) {
            if (c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " conflict");
    }

    private Map<String, Set<String>> sides(JsonNode conflict) {
        Map<String, Set<String>> out = new HashMap<>();
        conflict.get("sides").forEach(s -> out.put(s.get("value").asText(), articles(s)));
        return out;
    }

    private List<Set<String>> sideArticles(JsonNode conflict) {
        List<Set<String>> out = new ArrayList<>();
        conflict.get("sides").forEach(s -> out.add(articles(s)));
        return out;
    }

    private static List<String> sideValues(JsonNode conflict) {
        List<String> out = new ArrayList<>();
        conflict.get("sides").forEach(s -> out.add(s.get("value").asText()));
        return out;
    }

    private Set<String> articles(JsonNode side) {
        Set<String> out = new TreeSet<>();
        side.get("articleIds").forEach(id -> out.add(sourceById.get(id.asText())));
        return out;
    }

    private static JsonNode claimSaying(JsonNode story, String words) {
        JsonNode best = null;
        for (JsonNode claim : story.get("claims")) {
            boolean says = StreamSupport.stream(claim.get("support").spliterator(), false)
                    .anyMatch(s -> s.get("sentence").asText().contains(words));
            if (says && (best == null || claim.get("sources").asInt() > best.get("sources").asInt())) {
                best = claim;
            }
        }
        assertThat(best).as("a claim saying '%s'", words).isNotNull();
        return best;
    }

    private static JsonNode entity(JsonNode story, String name) {
        for (JsonNode e : story.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + name);
    }
}
