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
 * says is planted there: the stories, the wire-copy rewrites, a conflict of every kind (date and
 * number in the first two stories; person, place, organisation, action, negation and who said
 * it in the ferry story), the pairs that must not conflict, the corroboration counts and the
 * entity aliases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesEndToEndTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String BRIDGE = "ashcombe-bridge-collapse/";
    private static final String BREACH = "carrow-bay-hospital-breach/";
    private static final String FERRY = "skerrin-ferry-grounding/";
    private static final String WIRE = FERRY + "channel-press-agency.jsonl#1";
    private static final String REWRITE = FERRY + "southcoast-daily.html";
    private static final String MERCURY = FERRY + "kelmarsh-mercury.html";
    private static final String HERALD = FERRY + "skerrin-island-herald.txt";
    private static final String BULLETIN = FERRY + "maritime-trade-bulletin.xml#1";
    private static final String PSALTER = "tarnholm-psalter-return/";
    private static final String TREATY = "brenna-water-treaty/";
    private static final String LANDSLIP = "fallowmere-rail-landslip/";
    private static final String LANTHORN = PSALTER + "lanthorn-press-agency.html";
    private static final String GREYFRIARS = PSALTER + "greyfriars-chronicle.html";
    private static final String TARNHOLM_TODAY = PSALTER + "tarnholm-today.txt";
    private static final String EXAMINER = PSALTER + "the-varrow-examiner.html";
    private static final String NEWSLETTER = PSALTER + "friends-newsletter.txt";

    private JsonNode report;
    private final Map<String, String> idBySource = new HashMap<>();
    private final Map<String, String> sourceById = new HashMap<>();
    private final Map<String, String> textById = new HashMap<>();

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
            textById.put(a.get("id").asText(), a.get("text").asText());
        }
    }

    @Test
    void readsAllThirtyArticlesIntoNineStories() {
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("articles")).hasSize(30);
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
                Set.of(WIRE, REWRITE, MERCURY, HERALD, BULLETIN),
                Set.of(LANTHORN, GREYFRIARS, TARNHOLM_TODAY, EXAMINER, NEWSLETTER),
                Set.of(TREATY + "lakeside-tribune.txt", TREATY + "orsany-evening-record.txt", TREATY + "veldmark-courier.txt"),
                Set.of(LANDSLIP + "northwire.txt", LANDSLIP + "dunmore-valley-gazette.html", LANDSLIP + "riverside-courier.html",
                        LANDSLIP + "ashcombe-evening-post.html"),
                Set.of("unrelated/holloway-marsh-library-reopens.txt"),
                Set.of("unrelated/pellham-rovers-beat-strand-athletic.html"),
                Set.of("unrelated/orlen-valley-heatwave-warning.txt"));
    }

    @Test
    void findsTheWireCopyRewriteInEachStoryAndNoOtherReuse() {
        assertThat(links(story(BRIDGE))).containsExactly(BRIDGE + "northwire.txt -> " + BRIDGE + "dunmore-valley-gazette.html rewrite");
        assertThat(links(story(BREACH))).containsExactly(BREACH + "meridian-press.html -> " + BREACH + "harbour-times.txt rewrite");
        assertThat(links(story(FERRY))).containsExactly(WIRE + " -> " + REWRITE + " rewrite");
    }

    @Test
    void theLandslipStoryHasAWireItsRewriterItsCopierAndAnIndependentOutlet() {
        JsonNode landslip = story(LANDSLIP);
        assertThat(links(landslip)).contains(LANDSLIP + "northwire.txt -> " + LANDSLIP + "dunmore-valley-gazette.html rewrite",
                LANDSLIP + "northwire.txt -> " + LANDSLIP + "riverside-courier.html duplicate");
        assertThat(links(landslip)).noneMatch(l -> l.contains("ashcombe-evening-post"));
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        landslip.get("outlets").forEach(o -> roles.put(o.get("outlet").asText(), o.get("role").asText()));
        assertThat(roles).containsExactly(Map.entry("Northwire", "originator"), Map.entry("Dunmore Valley Gazette", "rewriter"),
                Map.entry("Riverside Courier", "copier"), Map.entry("Ashcombe Evening Post", "independent"));
        JsonNode post = landslip.get("outlets").get(3);
        assertThat(post.get("lagHours").asDouble()).isEqualTo(25.2);
        assertThat(post.get("exclusiveClaimIds")).isNotEmpty();
    }

    @Test
    void findsTheRewordedRewritesOfTheWireAndNoLinkToTheIndependentReports() {
        JsonNode psalter = story(PSALTER);
        assertThat(links(psalter)).contains(LANTHORN + " -> " + GREYFRIARS + " rewrite", LANTHORN + " -> " + TARNHOLM_TODAY + " rewrite");
        assertThat(links(psalter)).noneMatch(l -> l.contains(EXAMINER) || l.contains(NEWSLETTER));
        // the Chronicle was published the same day as the wire, six hours later: the time decides
        for (JsonNode l : psalter.get("provenance")) {
            if (sourceById.get(l.get("to").asText()).equals(GREYFRIARS)) {
                assertThat(l.get("direction").asText()).isEqualTo("date");
            }
        }
    }

    @Test
    void countsTheWireAndItsRewordedRewritesAsOneWitness() {
        JsonNode quote = claimSaying(story(PSALTER), "patient talks between libraries can do more than any court");
        assertThat(supportArticles(quote)).containsExactlyInAnyOrder(LANTHORN, GREYFRIARS, TARNHOLM_TODAY);
        assertThat(quote.get("sources").asInt()).isEqualTo(3);
        assertThat(quote.get("independentSources").asInt()).isEqualTo(1);
        assertThat(quote.get("status").asText()).isEqualTo("single-source");
    }

    @Test
    void resolvesPastMonthsBeforePublicationAndKeepsThePrecisionWritten() {
        JsonNode psalter = story(PSALTER);
        Map<String, List<String>> textsByDate = new HashMap<>();
        psalter.get("timeline").forEach(t -> textsByDate.computeIfAbsent(t.get("date").asText(), d -> new ArrayList<>())
                .add(t.get("text").asText()));
        // "was delivered to Tarnholm in February", written in September 2025: the February before
        assertThat(textsByDate.get("2025-02")).isNotNull().anySatisfy(t -> assertThat(t).contains("February"));
        assertThat(textsByDate).doesNotContainKey("2026-02");
        // "last September", written in September 2025
        assertThat(textsByDate).containsKey("2024-09");
        // "on Monday", written on Tuesday 16 September 2025
        assertThat(textsByDate.get("2025-09-15")).isNotNull().anySatisfy(t -> assertThat(t).contains("Monday"));
        // "until January" looks ahead; "over two centuries ago" gives no day
        assertThat(textsByDate).containsKey("2026-01");
        assertThat(textsByDate.keySet()).allSatisfy(d -> assertThat(d.length() <= 7 || d.startsWith("2025-")).as(d).isTrue());
    }

    @Test
    void aDatelessArticleBorrowsItsStorysDateMarkedAsInferred() {
        JsonNode newsletter = article(NEWSLETTER);
        assertThat(newsletter.get("published").isNull()).isTrue();
        assertThat(newsletter.get("publishedInferred").asText()).startsWith("2025-09-16");
        JsonNode psalter = story(PSALTER);
        assertThat(psalter.get("timeline")).anySatisfy(t -> {
            assertThat(t.get("date").asText()).isEqualTo("2025-09-15");
            assertThat(timelineArticles(psalter, t)).contains(NEWSLETTER);
        });
    }

    @Test
    void keepsTheTimeOfDayAndCleansThePlainTextTitleAndCommentForm() {
        assertThat(article(GREYFRIARS).get("published").asText()).isEqualTo("2025-09-16T15:30:00+01:00");
        assertThat(article(LANTHORN).get("published").asText()).startsWith("2025-09-16T08:10:00");
        assertThat(article(TARNHOLM_TODAY).get("published").asText()).isEqualTo("2025-09-17");
        assertThat(article(TARNHOLM_TODAY).get("title").asText()).isEqualTo("Orrin Psalter returns to Tarnholm after two centuries");
        assertThat(article(TARNHOLM_TODAY).get("text").asText()).doesNotContain("Please enter").endsWith("than any court\".");
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
    void datesOneMeetingNamedByAVerbInTwoOutletsAndByANounInTheThird() {
        JsonNode treaty = story(TREATY);
        assertThat(kinds(treaty)).as("the 2019 summit is another event, not compared").containsExactly("date");
        assertThat(sides(conflict(treaty, "date"))).containsOnly(
                Map.entry("2025-06", Set.of(TREATY + "lakeside-tribune.txt", TREATY + "orsany-evening-record.txt")),
                Map.entry("2025-04", Set.of(TREATY + "veldmark-courier.txt")));
        assertThat(sentencesOf(conflict(treaty, "date")))
                .anySatisfy(s -> assertThat(s).contains("During a summit with Teague"))
                .anySatisfy(s -> assertThat(s).contains("met"));
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
            if (story.path("claimsDeferred").asBoolean()) {
                // a one-article story whose claims analyze defers: its article and headline, nothing read from it
                assertThat(story.get("articleIds")).hasSize(1);
                assertThat(story.get("title").asText()).isNotBlank();
                assertThat(story.get("claims")).isEmpty();
                assertThat(story.get("summarySentences")).isEmpty();
                continue;
            }
            Set<String> claimIds = new TreeSet<>();
            story.get("claims").forEach(c -> claimIds.add(c.get("id").asText()));
            assertThat(story.get("summarySentences").size()).isBetween(1, 5);
            story.get("summarySentences").forEach(s -> assertThat(claimIds).contains(s.get("claimId").asText()));
            story.get("timeline").forEach(t -> t.get("claimIds").forEach(id -> assertThat(claimIds).contains(id.asText())));
        }
        assertThat(story(BRIDGE).get("timeline")).anySatisfy(t -> assertThat(t.get("date").asText()).isEqualTo("2025-03-04"));
    }

    @Test
    void oneArticleStoriesAreAnalysedUnlessDeferralIsAskedFor() throws Exception {
        JsonNode single = StreamSupport.stream(report.get("stories").spliterator(), false)
                .filter(st -> st.get("articleIds").size() == 1).findFirst().orElseThrow();
        assertThat(single.has("claimsDeferred")).isFalse();
        assertThat(single.get("claims")).isNotEmpty();
        String file = EXAMPLES.resolve(sourceById.get(single.get("articleIds").get(0).asText())).toString();
        CliRun run = CliRun.of("analyze", "--quiet", "--single-stories", "deferred", file);
        assertThat(run.exitCode()).isZero();
        JsonNode deferred = new ObjectMapper().readTree(run.out()).get("stories").get(0);
        assertThat(deferred.path("claimsDeferred").asBoolean()).isTrue();
        assertThat(deferred.get("claims")).isEmpty();
        assertThat(deferred.get("title").asText()).isNotBlank();
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
    void flagsOneConflictOfEachOtherKindInTheFerryStoryWithTheArticlesOnEachSide() {
        JsonNode ferry = story(FERRY);
        assertThat(kinds(ferry)).containsExactlyInAnyOrder("person", "person", "place", "organisation", "action", "negation");
        Set<String> wire = Set.of(WIRE, REWRITE);

        assertThat(sides(conflictAbout(ferry, "person", "who did it"))).containsOnly(
                Map.entry("Ilse Cardew", wire), Map.entry("Declan Hume", Set.of(MERCURY)));
        assertThat(sides(conflictAbout(ferry, "person", "who said it"))).as("one quotation, two speakers of one surname")
                .containsOnly(Map.entry("Ilse Cardew", wire), Map.entry("Ewan Cardew", Set.of(HERALD)));
        assertThat(sides(conflict(ferry, "place"))).containsOnly(
                Map.entry("Kelmarsh", wire), Map.entry("Porthwick", Set.of(HERALD)));
        assertThat(sides(conflict(ferry, "organisation"))).containsOnly(
                Map.entry("Coastal Safety Agency", wire), Map.entry("Kelmarsh Harbour Board", Set.of(BULLETIN)));
        assertThat(sides(conflict(ferry, "action"))).containsOnly(
                Map.entry("accept", wire), Map.entry("reject", Set.of(HERALD)));
        assertThat(sides(conflict(ferry, "negation"))).containsOnly(
                Map.entry("affirmed", wire), Map.entry("denied", Set.of(MERCURY)));

        for (JsonNode c : ferry.get("conflicts")) {
            String description = c.get("description").asText();
            assertThat(description).startsWith("Outlets disagree on ").endsWith(".");
            for (JsonNode side : c.get("sides")) {
                assertThat(description).contains(side.get("value").asText());
                assertThat(side.get("sentences")).isNotEmpty();
                for (JsonNode sentence : side.get("sentences")) {
                    assertThat(side.get("articleIds")).as("each sentence of a side is written in one of its articles")
                            .anySatisfy(id -> assertThat(textById.get(id.asText())).contains(sentence.asText()));
                }
            }
        }
        assertThat(sentencesOf(conflict(ferry, "action"))).anySatisfy(s -> assertThat(s).contains("has rejected an offer"));
    }

    @Test
    void aFinerDateAndAParaphraseAreNoConflictButOneCorroboratedClaim() {
        JsonNode ferry = story(FERRY);
        JsonNode inspection = claimSaying(ferry, "passed its annual safety inspection on February 18");
        assertThat(supportArticles(inspection)).containsExactlyInAnyOrder(WIRE, REWRITE, HERALD);
        assertThat(supportSentences(inspection)).anySatisfy(s -> assertThat(s).contains("yearly safety check in February"));
        assertThat(inspection.get("sources").asInt()).isEqualTo(3);
        assertThat(inspection.get("independentSources").asInt()).isEqualTo(2);
        assertThat(inspection.get("status").asText()).isEqualTo("corroborated");

        JsonNode cancelled = claimSaying(ferry, "Norhaven Ferries has cancelled all sailings to Skerrin");
        assertThat(supportArticles(cancelled)).containsExactlyInAnyOrder(WIRE, REWRITE, HERALD);
        assertThat(supportSentences(cancelled)).anySatisfy(s -> assertThat(s).startsWith("All sailings to Skerrin have been cancelled by"));
        assertThat(cancelled.get("status").asText()).isEqualTo("corroborated");

        for (JsonNode c : ferry.get("conflicts")) {
            assertThat(sentencesOf(c)).noneSatisfy(s -> assertThat(s).containsAnyOf("inspection", "safety check", "cancelled"));
        }
    }

    @Test
    void countsTheFerryWireAndItsRewriteAsOneWitness() {
        JsonNode evacuation = claimSaying(story(FERRY), "Captain Ilse Cardew ordered the evacuation");
        assertThat(supportArticles(evacuation)).containsExactlyInAnyOrder(WIRE, REWRITE);
        assertThat(evacuation.get("sources").asInt()).isEqualTo(2);
        assertThat(evacuation.get("independentSources").asInt()).isEqualTo(1);
        assertThat(evacuation.get("status").asText()).isEqualTo("disputed");

        JsonNode route = claimSaying(story(FERRY), "one of the busiest ferry routes in Britain");
        assertThat(route.get("sources").asInt()).isEqualTo(2);
        assertThat(route.get("independentSources").asInt()).isEqualTo(1);
        assertThat(route.get("status").asText()).isEqualTo("single-source");
    }

    @Test
    void mergesSurnamesTitlesPossessivesAndAcronymsAndKeepsNamesakesApart() {
        JsonNode ferry = story(FERRY);
        JsonNode ilse = entity(ferry, "Ilse Cardew");
        JsonNode ewan = entity(ferry, "Ewan Cardew");
        assertThat(ilse.get("type").asText()).isEqualTo("PERSON");
        assertThat(ewan.get("type").asText()).isEqualTo("PERSON");
        assertThat(articleIds(ilse)).as("bare 'Cardew' in the wire is the captain").containsExactlyInAnyOrder(WIRE, REWRITE, MERCURY);
        assertThat(articleIds(ewan)).as("bare 'Cardew' and 'Cardew's' in the Herald are the harbourmaster")
                .containsExactlyInAnyOrder(MERCURY, HERALD);
        assertThat(textById.get(idBySource.get(HERALD))).contains("Cardew's office");
        assertThat(textById.get(idBySource.get(MERCURY))).contains("Harbourmaster Ewan Cardew").contains("Captain Ilse Cardew");
        for (JsonNode person : List.of(ilse, ewan)) {
            assertThat(aliases(person)).containsExactly("Cardew");
        }
        assertThat(names(ferry)).doesNotContain("Cardew", "Harbourmaster Ewan Cardew", "Captain Ilse Cardew", "Cardew's");

        JsonNode csa = entity(ferry, "Coastal Safety Agency");
        assertThat(aliases(csa)).containsExactly("CSA");
        assertThat(textById.get(idBySource.get(HERALD))).as("the Herald writes only the acronym")
                .contains("CSA").doesNotContain("Coastal Safety Agency");
        assertThat(textById.get(idBySource.get(MERCURY))).as("the Mercury writes only the expansion")
                .contains("Coastal Safety Agency").doesNotContain("CSA");
        assertThat(articleIds(csa)).containsExactlyInAnyOrder(WIRE, REWRITE, MERCURY, HERALD, BULLETIN);
        assertThat(names(ferry)).doesNotContain("CSA");

        JsonNode uk = entity(ferry, "United Kingdom");
        assertThat(uk.get("type").asText()).isEqualTo("LOCATION");
        assertThat(aliases(uk)).containsExactlyInAnyOrder("UK", "Britain");
        assertThat(articleIds(uk)).containsExactlyInAnyOrder(WIRE, REWRITE, MERCURY, HERALD);
        assertThat(names(ferry)).doesNotContain("UK", "Britain");

        JsonNode london = entity(ferry, "London");
        assertThat(london.get("type").asText()).as("the capital standing for its government keeps its own entity").isEqualTo("LOCATION");
        assertThat(aliases(london)).isEmpty();
        assertThat(aliases(uk)).doesNotContain("London");

        for (JsonNode story : report.get("stories")) {
            for (JsonNode e : story.get("entities")) {
                assertThat(aliases(e)).noneSatisfy(a -> assertThat(a).endsWith("'s"));
                assertThat(e.get("name").asText()).doesNotEndWith("'s");
            }
        }
        assertThat(aliases(entity(story(BRIDGE), "Marta Okonkwo"))).containsExactly("Okonkwo");
        assertThat(names(story(BRIDGE))).doesNotContain("Fire Chief Marta Okonkwo", "Okonkwo", "RTA");
    }

    @Test
    void theFerryTimelineAndSummaryAreTracedToItsClaims() {
        JsonNode ferry = story(FERRY);
        assertThat(ferry.get("summary").asText()).isNotBlank();
        Map<String, JsonNode> claims = new HashMap<>();
        ferry.get("claims").forEach(c -> claims.put(c.get("id").asText(), c));
        for (JsonNode s : ferry.get("summarySentences")) {
            assertThat(ferry.get("summary").asText()).contains(s.get("text").asText());
            assertThat(supportSentences(claims.get(s.get("claimId").asText()))).contains(s.get("text").asText());
        }
        JsonNode inspection = claimSaying(ferry, "passed its annual safety inspection on February 18");
        assertThat(ferry.get("timeline")).anySatisfy(t -> {
            assertThat(t.get("date").asText()).isEqualTo("2025-02-18");
            assertThat(t.get("claimIds")).extracting(JsonNode::asText).containsExactly(inspection.get("id").asText());
        });
        assertThat(ferry.get("timeline")).anySatisfy(t -> assertThat(t.get("date").asText()).isEqualTo("2025-04-10"));
        List<String> dates = new ArrayList<>();
        ferry.get("timeline").forEach(t -> dates.add(t.get("date").asText()));
        assertThat(dates).isSorted();
    }

    @Test
    void markdownReportShowsConflictsSideBySide() {
        CliRun run = CliRun.of("analyze", "--quiet", "--format", "markdown", EXAMPLES.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("# crosscheck report").contains("### Conflicts")
                .contains("21 people were injured in the collapse").contains("### Provenance");
    }

    private JsonNode story(String folder) {
        String anchor = idBySource.get(switch (folder) {
            case BRIDGE -> BRIDGE + "northwire.txt";
            case BREACH -> BREACH + "meridian-press.html";
            case PSALTER -> LANTHORN;
            case TREATY -> TREATY + "lakeside-tribune.txt";
            case LANDSLIP -> LANDSLIP + "northwire.txt";
            default -> WIRE;
        });
        for (JsonNode story : report.get("stories")) {
            for (JsonNode id : story.get("articleIds")) {
                if (id.asText().equals(anchor)) {
                    return story;
                }
            }
        }
        throw new AssertionError("no story holds " + folder);
    }

    private JsonNode article(String source) {
        String id = idBySource.get(source);
        for (JsonNode a : report.get("articles")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no article " + source);
    }

    /** The articles that support the claims of a timeline entry. */
    private Set<String> timelineArticles(JsonNode story, JsonNode entry) {
        Set<String> ids = new TreeSet<>();
        entry.get("claimIds").forEach(id -> ids.add(id.asText()));
        Set<String> out = new TreeSet<>();
        for (JsonNode claim : story.get("claims")) {
            if (ids.contains(claim.get("id").asText())) {
                out.addAll(supportArticles(claim));
            }
        }
        return out;
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

    private static JsonNode conflictAbout(JsonNode story, String kind, String topic) {
        for (JsonNode c : story.get("conflicts")) {
            if (c.get("kind").asText().equals(kind) && c.get("description").asText().startsWith("Outlets disagree on " + topic)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " conflict on " + topic);
    }

    private static List<String> sentencesOf(JsonNode conflict) {
        List<String> out = new ArrayList<>();
        conflict.get("sides").forEach(s -> s.get("sentences").forEach(x -> out.add(x.asText())));
        return out;
    }

    private Set<String> supportArticles(JsonNode claim) {
        Set<String> out = new TreeSet<>();
        claim.get("support").forEach(s -> out.add(sourceById.get(s.get("articleId").asText())));
        return out;
    }

    private static List<String> supportSentences(JsonNode claim) {
        List<String> out = new ArrayList<>();
        claim.get("support").forEach(s -> out.add(s.get("sentence").asText()));
        return out;
    }

    private Set<String> articleIds(JsonNode entity) {
        Set<String> out = new TreeSet<>();
        entity.get("articleIds").forEach(id -> out.add(sourceById.get(id.asText())));
        return out;
    }

    private static List<String> aliases(JsonNode entity) {
        List<String> out = new ArrayList<>();
        entity.get("aliases").forEach(a -> out.add(a.asText()));
        return out;
    }

    private static List<String> names(JsonNode story) {
        List<String> out = new ArrayList<>();
        story.get("entities").forEach(e -> out.add(e.get("name").asText()));
        return out;
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
