package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.ClaimSettings;
import org.crosscheck.extract.Article;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.MarkdownReport;
import org.crosscheck.report.Report;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The report of an article longer than the claims stage reads says that it was cut. */
class PipelineLongArticleTest {

    private static Article article(String id, int sentences) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            paragraphs.add("Inspectors in Marrowby counted " + (30 + i) + " cracked sleepers on the Tessel line on Monday.");
        }
        return new Article(id, id + ".txt", null, "Cracked sleepers on the Tessel line", null,
                PartialDate.parseIso("2026-05-11").orElseThrow(), null, "en", String.join("\n\n", paragraphs));
    }

    @Test
    void marksTheCutArticleAndKeepsTheClaimsOfItsFirstSentences() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(1).withoutEmbeddings().withClaims(new ClaimSettings(5, 100_000)));

        Report report = pipeline.analyze(List.of(article("sleepers", 8)), Progress.NONE);

        JsonNode json = JsonReport.report(report);
        JsonNode art = json.get("articles").get(0);
        assertThat(art.get("cut").asBoolean()).isTrue();
        assertThat(art.get("sentencesRead").asInt()).isEqualTo(5);
        assertThat(art.get("text").asText().substring(0, art.get("charactersRead").asInt())).endsWith("34 cracked sleepers on the Tessel line on Monday.");
        JsonNode claims = json.get("stories").get(0).get("claims");
        assertThat(claims).hasSize(5);
        List<String> texts = new ArrayList<>();
        claims.forEach(c -> texts.add(c.get("text").asText()));
        assertThat(texts).anyMatch(t -> t.contains("34 cracked sleepers")).noneMatch(t -> t.contains("35 cracked sleepers"));
        assertThat(MarkdownReport.render(report)).contains("cut, claims from its first 5 sentences only");
    }

    @Test
    void saysNothingOfAnArticleReadWhole() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(1).withoutEmbeddings().withClaims(new ClaimSettings(5, 100_000)));

        JsonNode art = JsonReport.report(pipeline.analyze(List.of(article("sleepers", 5)), Progress.NONE)).get("articles").get(0);

        assertThat(art.has("cut")).isFalse();
        assertThat(art.has("sentencesRead")).isFalse();
    }
}
