package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/outlets} and {@code GET /api/outlets/{name}} over a store that three invented
 * outlets were posted into: a wire that breaks two stories, a paper that copies its first story
 * two hours later with one word changed, and a paper with its own reporting on both stories, later.
 */
class ApiServerOutletsTest {

    private static final String TOKEN = "outlets-test-token";
    private static final String WIRE = "Tarnmoor Wire";
    private static final String COPIER = "Gullhaven Courier";
    private static final String OWN = "Ridgefell Times";
    private static final String FERRY_TEXT = "A passenger ferry caught fire on Lake Orsund on Sunday morning, the Orsund harbour office said.\\n\\n"
            + "The Silver Tern was carrying 212 passengers, harbour master Edda Norlind said.\\n\\n"
            + "Smoke filled the engine room about twenty minutes after the ferry left the port of Kalsby, Norlind said.\\n\\n"
            + "All passengers were taken off by rescue boats and brought to the port of Velmar, the harbour office said.\\n\\n"
            + "The crew of six stayed on board until firefighters from Velmar put out the fire shortly before noon.\\n\\n"
            + "Ferry services between Kalsby and Velmar were suspended for the rest of the day, the operator Orsund Lines said.\\n\\n"
            + "Inspectors from the Orsund shipping board will examine the engine room on Monday, Norlind said.\\n\\n"
            + "The Silver Tern has sailed the route across Lake Orsund for more than twenty years.";
    private static final String BODY = String.join("\n",
            "{\"id\": \"ferry-wire\", \"title\": \"Ferry catches fire on Lake Orsund\", \"published\": \"2025-09-14T08:00:00Z\", \"site\": \"" + WIRE
                    + "\", \"text\": \"" + FERRY_TEXT + "\"}",
            "{\"id\": \"ferry-copy\", \"title\": \"Fire on the Silver Tern ferry\", \"published\": \"2025-09-14T10:00:00Z\", \"site\": \"" + COPIER
                    + "\", \"text\": \"" + FERRY_TEXT.replace("for more than twenty", "for over twenty") + "\"}",
            "{\"id\": \"ferry-own\", \"title\": \"Silver Tern ferry passengers describe fire on Lake Orsund\", \"published\": \"2025-09-14T14:00:00Z\", \"site\": \""
                    + OWN + "\", \"text\": \"Passengers of the Silver Tern described thick smoke rising from the deck as the ferry burned on Lake Orsund on Sunday.\\n\\n"
                    + "The Silver Tern was carrying 212 passengers, harbour master Edda Norlind said.\\n\\n"
                    + "Two crew members were treated for smoke inhalation at the Velmar clinic, a clinic spokesman said.\\n\\n"
                    + "The Silver Tern was built in 1994 and last inspected in March, records of the Orsund shipping board show.\"}",
            "{\"id\": \"bridge-wire\", \"title\": \"Kestrel Bridge in Duvnor closed after cracks found\", \"published\": \"2025-09-20T09:00:00Z\", \"site\": \""
                    + WIRE + "\", \"text\": \"The Kestrel Bridge in Duvnor was closed to traffic on Saturday after engineers found cracks in two of its pillars, the Duvnor roads agency said.\\n\\n"
                    + "About 30,000 vehicles cross the Kestrel Bridge each day, agency director Sabine Halloway said.\\n\\n"
                    + "Repairs are expected to take at least six weeks, Halloway said.\"}",
            "{\"id\": \"bridge-own\", \"title\": \"Drivers face detours as Duvnor shuts Kestrel Bridge\", \"published\": \"2025-09-20T15:00:00Z\", \"site\": \""
                    + OWN + "\", \"text\": \"Drivers in Duvnor faced long detours on Saturday after the Kestrel Bridge was shut over cracks in its pillars.\\n\\n"
                    + "The city council will run free shuttle buses across the Duvnor river from Monday, mayor Ottilie Brask said.\\n\\n"
                    + "The Kestrel Bridge opened in 1971 and was last repaired in 2009, council records show.\"}") + "\n";

    @TempDir
    static Path dir;
    private static SqliteStore store;
    private static ApiServer server;
    private static HttpCalls http;

    @BeforeAll
    static void start() {
        store = assertOpen();
        server = ApiServer.start(store, new Pipeline(PipelineSettings.defaults()).bodyIngest(store), job -> {
                    throw new AssertionError("no statements are checked in this test");
                }, new ServerSettings("127.0.0.1", 0, TOKEN, 1 << 20), new PrintStream(PrintStream.nullOutputStream()));
        http = new HttpCalls(server.port());
        HttpResponse<String> posted = http.post("/api/articles", "Bearer " + TOKEN, BODY.getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson", Duration.ofMinutes(3));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(HttpCalls.json(posted).get("added").asInt()).isEqualTo(5);
    }

    private static SqliteStore assertOpen() {
        try {
            return SqliteStore.open(dir);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static JsonNode outlet(JsonNode list, String name) {
        for (JsonNode o : list.get("outlets")) {
            if (o.get("outlet").asText().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no outlet " + name + " in " + list);
    }

    @Test
    void listsEachOutletWithItsStoriesArticlesOriginalShareLagAndSources() {
        JsonNode list = HttpCalls.json(http.get("/api/outlets"));
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(list.get("stories").asInt()).isEqualTo(2);
        assertThat(list.get("outlets")).extracting(o -> o.get("outlet").asText()).containsExactly(OWN, WIRE, COPIER);

        JsonNode wire = outlet(list, WIRE);
        assertThat(wire.get("stories").asInt()).isEqualTo(2);
        assertThat(wire.get("articles").asInt()).isEqualTo(2);
        assertThat(wire.get("originalShare").asDouble()).isEqualTo(1.0);
        assertThat(wire.get("medianLagHours").asDouble()).isZero();
        assertThat(wire.get("roles").get("originator").asInt()).isEqualTo(2);
        assertThat(wire.get("derivesFrom")).isEmpty();

        JsonNode copier = outlet(list, COPIER);
        assertThat(copier.get("stories").asInt()).isEqualTo(1);
        assertThat(copier.get("articles").asInt()).isEqualTo(1);
        assertThat(copier.get("originalShare").asDouble()).isZero();
        assertThat(copier.get("medianLagHours").asDouble()).isEqualTo(2.0);
        assertThat(copier.get("roles").get("copier").asInt()).isEqualTo(1);
        assertThat(copier.get("derivesFrom")).hasSize(1);
        assertThat(copier.get("derivesFrom").get(0).get("outlet").asText()).isEqualTo(WIRE);
        assertThat(copier.get("derivesFrom").get(0).get("articles").asInt()).isEqualTo(1);

        JsonNode own = outlet(list, OWN);
        assertThat(own.get("stories").asInt()).isEqualTo(2);
        assertThat(own.get("originalShare").asDouble()).isEqualTo(1.0);
        assertThat(own.get("medianLagHours").asDouble()).as("6 and 6 hours behind the wire").isEqualTo(6.0);
        assertThat(own.get("derivesFrom")).isEmpty();
    }

    @Test
    void sharesOfClaimsFollowTheStatusOfEveryClaimTheOutletSupports() {
        JsonNode list = HttpCalls.json(http.get("/api/outlets"));
        for (String name : List.of(WIRE, COPIER, OWN)) {
            int claims = 0;
            int corroborated = 0;
            int single = 0;
            int disputed = 0;
            for (JsonNode summary : HttpCalls.json(http.get("/api/stories")).get("stories")) {
                JsonNode story = HttpCalls.json(http.get("/api/stories/" + summary.get("id").asText()));
                Set<String> own = new HashSet<>();
                story.get("articles").forEach(a -> {
                    if (a.get("outlet").asText().equals(name)) {
                        own.add(a.get("id").asText());
                    }
                });
                for (JsonNode group : story.get("claims")) {
                    boolean supports = false;
                    for (JsonNode s : group.get("support")) {
                        supports |= own.contains(s.get("articleId").asText());
                    }
                    if (supports) {
                        claims++;
                        switch (group.get("status").asText()) {
                            case "corroborated" -> corroborated++;
                            case "single-source" -> single++;
                            default -> disputed++;
                        }
                    }
                }
            }
            JsonNode o = outlet(list, name);
            assertThat(claims).as(name).isPositive();
            assertThat(o.get("claims").asInt()).as(name).isEqualTo(claims);
            assertThat(o.get("corroboratedShare").asDouble()).as(name).isCloseTo((double) corroborated / claims, within(0.001));
            assertThat(o.get("singleSourceShare").asDouble()).as(name).isCloseTo((double) single / claims, within(0.001));
            assertThat(o.get("disputedShare").asDouble()).as(name).isCloseTo((double) disputed / claims, within(0.001));
        }
        JsonNode copier = outlet(list, COPIER);
        assertThat(copier.get("corroboratedShare").asDouble()).as("the 212 passengers are also the Ridgefell Times' own").isPositive();
        assertThat(copier.get("singleSourceShare").asDouble()).as("a copy is no second witness of the wire's claims").isPositive();
    }

    @Test
    void countsTheStoriesInWhichAnArticleAddedNoNewClaim() {
        JsonNode list = HttpCalls.json(http.get("/api/outlets"));
        assertThat(list.get("storiesOfSeveralArticles").asInt()).isEqualTo(2);
        assertThat(list.get("storiesWithArticleAddingNoClaim").asInt()).as("only the ferry story, where the copy adds nothing").isEqualTo(1);
        assertThat(list.get("noNewClaimShare").asDouble()).isEqualTo(0.5);
        assertThat(list.get("unknownOutletArticles").asInt()).isZero();
    }

    @Test
    void oneOutletHasItsStoriesAndItsEdgesInAndOut() {
        JsonNode wire = HttpCalls.json(http.get("/api/outlets/Tarnmoor%20Wire"));
        assertThat(wire.get("outlet").asText()).isEqualTo(WIRE);
        assertThat(wire.get("storyList")).hasSize(2);
        List<String> roles = new ArrayList<>();
        wire.get("storyList").forEach(s -> roles.add(s.get("role").asText()));
        assertThat(roles).containsOnly("originator");
        assertThat(wire.get("edges").get("in")).isEmpty();
        assertThat(wire.get("edges").get("out")).hasSize(1);
        JsonNode out = wire.get("edges").get("out").get(0);
        assertThat(out.get("from").asText()).isEqualTo(WIRE);
        assertThat(out.get("to").asText()).isEqualTo(COPIER);
        assertThat(out.get("articles").asInt()).isEqualTo(1);

        JsonNode copier = HttpCalls.json(http.get("/api/outlets/Gullhaven%20Courier"));
        assertThat(copier.get("storyList")).hasSize(1);
        JsonNode ferry = copier.get("storyList").get(0);
        assertThat(ferry.get("role").asText()).isEqualTo("copier");
        assertThat(ferry.get("articleIds")).extracting(JsonNode::asText).containsExactly("ferry-copy");
        assertThat(ferry.get("lagHours").asDouble()).isEqualTo(2.0);
        assertThat(copier.get("edges").get("in")).hasSize(1);
        assertThat(copier.get("edges").get("out")).isEmpty();

        JsonNode own = HttpCalls.json(http.get("/api/outlets/Ridgefell%20Times"));
        assertThat(own.get("storyList")).extracting(s -> s.get("role").asText()).containsOnly("independent");
        assertThat(own.get("storyList")).allSatisfy(s -> assertThat(s.get("exclusiveClaims").asInt()).isPositive());
    }

    @Test
    void theStoryListCountsDistinctTextsAndIndependentOutletsAndFiltersByOutletAndDay() {
        JsonNode all = HttpCalls.json(http.get("/api/stories"));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode ferry = all.get("stories").get(1);
        assertThat(ferry.get("articleCount").asInt()).isEqualTo(3);
        assertThat(ferry.get("distinctTexts").asInt()).as("the copy is no text of its own").isEqualTo(2);
        assertThat(ferry.get("outletCount").asInt()).isEqualTo(3);
        assertThat(ferry.get("independentOutlets").asInt()).as("the wire and the paper with its own reporting").isEqualTo(2);

        JsonNode copier = HttpCalls.json(http.get("/api/stories?outlet=Gullhaven%20Courier"));
        assertThat(copier.get("total").asInt()).isEqualTo(1);
        assertThat(copier.get("stories").get(0).get("id").asText()).isEqualTo(ferry.get("id").asText());
        assertThat(HttpCalls.json(http.get("/api/stories?from=2025-09-15")).get("stories")).extracting(s -> s.get("id").asText())
                .containsExactly(all.get("stories").get(0).get("id").asText());
        assertThat(HttpCalls.json(http.get("/api/stories?to=2025-09-14&outlet=Ridgefell%20Times")).get("stories"))
                .extracting(s -> s.get("id").asText()).containsExactly(ferry.get("id").asText());
        assertThat(http.get("/api/stories?from=last%20week").statusCode()).isEqualTo(400);
    }

    @Test
    void anOutletNoStoryHasIsNotFound() {
        HttpResponse<String> missing = http.get("/api/outlets/Nobody%20Gazette");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.json(missing).get("error").asText()).isNotBlank();
    }
}
