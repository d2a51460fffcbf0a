package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** With deferred single stories, a story of one article is never analysed; the others are, as before. */
class PipelineDeferredStoriesTest {

    private static Article article(String id, String title, String text) {
        return new Article(id, id + ".txt", null, title, null, PartialDate.parseIso("2025-03-04").orElseThrow(),
                "Site " + id, "en", text);
    }

    private static final Article QUAY_A = article("quay-a", "Storm floods Velby quay",
            "A storm flooded the Velby quay on Tuesday night and closed the ferry terminal. Harbour master Ola Brenning said "
                    + "the water rose two metres above the pier.");
    private static final Article QUAY_B = article("quay-b", "Velby ferry terminal shut after storm",
            "The Velby ferry terminal was closed after a storm flooded the quay on Tuesday night. The water rose two metres "
                    + "above the pier, harbour master Ola Brenning said.");
    private static final Article CHOIR = article("choir", "Brenmark choir wins contest",
            "The Brenmark youth choir won the regional singing contest on Saturday with a folk medley of six songs.");

    private static final class CountingAnalysis implements Pipeline.StoryAnalysis {
        final List<List<String>> analysed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public StoryReport analyze(org.crosscheck.cluster.Story story, List<Article> members) {
            analysed.add(story.articleIds());
            return new StoryReport(story.id(), "analysed " + story.id(), story.articleIds(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
    }

    @Test
    void aOneArticleStoryIsDeferredAndTheOthersAreAnalysed() {
        CountingAnalysis analysis = new CountingAnalysis();
        Report report = new Pipeline(new PipelineSettings(1), analysis).analyze(List.of(QUAY_A, CHOIR, QUAY_B), Progress.NONE, true);

        assertThat(analysis.analysed).singleElement().satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("quay-a", "quay-b"));
        StoryReport choir = report.stories().stream().filter(s -> s.articleIds().equals(List.of("choir"))).findFirst().orElseThrow();
        assertThat(choir.claimsDeferred()).isTrue();
        assertThat(choir.title()).isEqualTo("Brenmark choir wins contest");
        assertThat(choir.claims()).isEmpty();
        assertThat(JsonReport.story(choir).get("claimsDeferred").asBoolean()).isTrue();
        assertThat(choir.outlets()).singleElement().satisfies(o -> {
            assertThat(o.outlet()).as("its outlet is told though its claims are not read").isEqualTo("Site choir");
            assertThat(o.articleIds()).containsExactly("choir");
            assertThat(o.role()).isEqualTo(org.crosscheck.report.OutletRole.ORIGINATOR);
            assertThat(o.lagHours()).isZero();
            assertThat(o.exclusiveClaimIds()).isEmpty();
        });
        StoryReport quay = report.stories().stream().filter(s -> s.articleIds().size() == 2).findFirst().orElseThrow();
        assertThat(quay.claimsDeferred()).isFalse();
        assertThat(quay.title()).startsWith("analysed ");
        assertThat(JsonReport.story(quay).has("claimsDeferred")).isFalse();
    }

    @Test
    void withoutDeferringEveryStoryIsAnalysed() {
        CountingAnalysis analysis = new CountingAnalysis();
        Report report = new Pipeline(new PipelineSettings(1), analysis).analyze(List.of(QUAY_A, CHOIR, QUAY_B), Progress.NONE);

        assertThat(analysis.analysed).hasSize(2);
        assertThat(report.stories()).noneMatch(StoryReport::claimsDeferred);
    }
}
