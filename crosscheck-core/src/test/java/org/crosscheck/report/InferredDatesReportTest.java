package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class InferredDatesReportTest {

    @Test
    void anUndatedArticleShowsTheDateItBorrowedAndKeepsPublishedNull() {
        Article dated = new Article("dated", "dated.html", null, "Pier reopens", null,
                PartialDate.parseIso("2025-03-10T09:00:00+01:00").orElseThrow(), null, "en", "The pier reopened on Monday.");
        Article undated = new Article("undated", "undated.txt", null, null, null, null, null, "en",
                "The pier opened on Friday.");
        TimelineEntry entry = new TimelineEntry(PartialDate.parseIso("2025-03-07").orElseThrow(),
                "The pier opened on Friday.", List.of("g1"), false, true);
        StoryReport story = new StoryReport("s1", "Pier reopens", List.of("dated", "undated"), List.of(), List.of(),
                List.of(), List.of(entry), List.of(), List.of(),
                Map.of("undated", PartialDate.parseIso("2025-03-10").orElseThrow()));

        ObjectNode json = JsonReport.report(new Report(Report.SCHEMA_VERSION, List.of(dated, undated), List.of(story), List.of()));

        JsonNode articles = json.get("articles");
        assertThat(articles.get(0).get("published").asText()).isEqualTo("2025-03-10T09:00:00+01:00");
        assertThat(articles.get(0).has("publishedInferred")).isFalse();
        assertThat(articles.get(1).get("published").isNull()).isTrue();
        assertThat(articles.get(1).get("publishedInferred").asText()).isEqualTo("2025-03-10");
        JsonNode timeline = json.get("stories").get(0).get("timeline").get(0);
        assertThat(timeline.get("inferred").asBoolean()).isTrue();
        assertThat(timeline.get("date").asText()).isEqualTo("2025-03-07");
    }
}
