package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictKind;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.claims.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.AnalysedStory;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The store is given a story's rows as typed fields, and they say what the story object it serves says. */
class AnalysedStoriesTest {


    private static Claim claim(String id, String article, String sentence) {
        return new Claim(id, article, sentence, 0, sentence.length(), null, null, null, false, false, null, List.of(), List.of(),
                List.of());
    }

    private static Article article(String id, String day, String text) {
        return new Article(id, id + ".txt", null, "Varby bridge reopens", null, PartialDate.parseIso(day).orElseThrow(), "varby.example",
                "en", text);
    }

    @Test
    void theRowsOfAStoryAreTheFieldsOfTheObjectItIsServedAs() {
        String monday = "The Varby bridge reopened to traffic on Monday, the roads office said.";
        String tuesday = "The Varby bridge reopened to traffic on Tuesday, the roads office said.";
        String lorries = "Lorries will be kept off the bridge until the spring.";
        Article first = article("varby-1", "2025-04-07", monday + " " + lorries);
        Article second = article("varby-2", "2025-04-08", tuesday + " " + lorries);
        ClaimGroup reopened = new ClaimGroup("g-reopened", monday, List.of(claim("c1", "varby-1", monday), claim("c2", "varby-2", tuesday)),
                2, 1, ClaimStatus.DISPUTED);
        ClaimGroup lorriesKeptOff = new ClaimGroup("g-lorries", lorries, List.of(claim("c3", "varby-1", lorries),
                claim("c4", "varby-2", lorries)), 2, 1, ClaimStatus.CORROBORATED);
        Conflict day = new Conflict("x-day", ConflictKind.DATE, "Monday or Tuesday", List.of(
                new ConflictSide("Monday", List.of("varby-1"), List.of(monday), List.of("c1")),
                new ConflictSide("Tuesday", List.of("varby-2"), List.of(tuesday), List.of("c2"))), 0.8);
        Derivation copied = new Derivation(new ReuseLink("varby-1", "varby-2", ReuseKind.REWRITE, 0.61234), DirectionBasis.DATE,
                0.58, 0.61234);
        StoryReport report = new StoryReport("s-varby", "Varby bridge reopens", List.of("varby-1", "varby-2"), List.of(),
                List.of(reopened, lorriesKeptOff), List.of(day), List.of(), List.of(), List.of(copied));

        AnalysedStory stored = AnalysedStories.of(report, List.of(first, second));

        JsonNode json = JsonReport.story(stored.report());
        assertThat(stored.id()).isEqualTo(json.path("id").asText()).isEqualTo("s-varby");
        assertThat(stored.title()).isEqualTo(json.path("title").asText());
        assertThat(stored.conflicts()).isEqualTo(json.path("conflicts").size()).isEqualTo(1);
        assertThat(stored.members()).extracting(Article::id).containsExactly("varby-1", "varby-2");
        List<AnalysedStory.ClaimRow> claimsInJson = new ArrayList<>();
        for (JsonNode c : json.path("claims")) {
            claimsInJson.add(new AnalysedStory.ClaimRow(c.path("id").asText(), c.path("text").asText(), c.path("status").asText(),
                    c.path("sources").asInt(), c.path("independentSources").asInt()));
        }
        assertThat(stored.claims()).isEqualTo(claimsInJson).containsExactly(
                new AnalysedStory.ClaimRow("g-reopened", monday, "disputed", 2, 1),
                new AnalysedStory.ClaimRow("g-lorries", lorries, "corroborated", 2, 1));
        JsonNode link = json.path("provenance").get(0);
        assertThat(stored.links()).containsExactly(new AnalysedStory.LinkRow(link.path("from").asText(), link.path("to").asText(),
                link.path("kind").asText(), link.path("overlap").asDouble()));
        assertThat(stored.links().get(0)).isEqualTo(new AnalysedStory.LinkRow("varby-1", "varby-2", "rewrite", 0.612));
    }
}
