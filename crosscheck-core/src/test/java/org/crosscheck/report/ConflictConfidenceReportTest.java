package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictKind;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

/** Conflicts carry a confidence; reports list them the most confident first and can hide the weaker ones. */
class ConflictConfidenceReportTest {

    private static Conflict conflict(String id, String a, String b, double confidence) {
        return new Conflict(id, ConflictKind.NUMBER, "disagree about " + id, List.of(
                new ConflictSide(a, List.of("x"), List.of("Sentence saying " + a + "."), List.of("x-c0")),
                new ConflictSide(b, List.of("y"), List.of("Sentence saying " + b + "."), List.of("y-c0"))), confidence);
    }

    private static StoryReport story() {
        return new StoryReport("s1", "Depot fire", List.of("x", "y"), List.of(), List.of(),
                List.of(conflict("low", "3", "4", 0.2), conflict("high", "12", "20", 0.9), conflict("mid", "5", "6", 0.55)),
                List.of(), List.of(), List.of());
    }

    private static Report report(StoryReport s) {
        return new Report(Report.SCHEMA_VERSION, List.of(
                new Article("x", "x.txt", null, null, null, null, "Orvik Post", "en", "Sentence saying 12."),
                new Article("y", "y.txt", null, null, null, null, "Orvik Star", "en", "Sentence saying 20.")),
                List.of(s), List.of());
    }

    @Test
    void conflictsAreOrderedByConfidenceHighestFirstInJsonAndMarkdown() {
        JsonNode conflicts = JsonReport.report(report(story())).get("stories").get(0).get("conflicts");
        assertThat(conflicts).extracting(c -> c.get("id").asText()).containsExactly("high", "mid", "low");
        assertThat(conflicts).extracting(c -> c.get("confidence").asDouble()).containsExactly(0.9, 0.55, 0.2);
        String md = MarkdownReport.render(report(story()));
        assertThat(md).contains("disagree about high (confidence 0.90)");
        assertThat(md.indexOf("disagree about high")).isLessThan(md.indexOf("disagree about mid"));
        assertThat(md.indexOf("disagree about mid")).isLessThan(md.indexOf("disagree about low"));
    }

    @Test
    void minConfidenceHidesTheWeakerConflictsOnly() {
        assertThat(story().withMinConfidence(0.5).conflicts()).extracting(Conflict::id).containsExactly("high", "mid");
        assertThat(story().withMinConfidence(0.9).conflicts()).extracting(Conflict::id).containsExactly("high");
        assertThat(story().withMinConfidence(0).conflicts()).hasSize(3);
        assertThatThrownBy(() -> story().withMinConfidence(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conflict("c", ConflictKind.DATE, "d", story().conflicts().get(0).sides(), -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
