package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The story the server answers marks an article the claims stage did not read whole, as the report does. */
class CutArticleReportTest {

    @Test
    void theServersStoryMarksTheCutArticleOnly() {
        Article longer = new Article("long", "long.txt", null, "Floods in Varnholt", null,
                PartialDate.parseIso("2026-03-04").orElseThrow(), null, "en", "The river rose. It kept rising for days.");
        Article shorter = new Article("short", "short.txt", null, "Varnholt floods", null,
                PartialDate.parseIso("2026-03-04").orElseThrow(), null, "en", "The river rose.");
        StoryReport story = new StoryReport("s1", "Floods in Varnholt", List.of("long", "short"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), false, Map.of("long", new SentenceCut(1, 15)));

        JsonNode articles = JsonReport.story(story, List.of(longer, shorter)).get("articles");

        assertThat(articles.get(0).get("cut").asBoolean()).isTrue();
        assertThat(articles.get(0).get("sentencesRead").asInt()).isEqualTo(1);
        assertThat(articles.get(0).get("charactersRead").asInt()).isEqualTo(15);
        assertThat(articles.get(1).has("cut")).isFalse();
    }
}
