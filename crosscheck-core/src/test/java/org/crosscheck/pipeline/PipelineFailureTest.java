package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** A failure inside one story's analysis costs that story its findings, not the report. */
class PipelineFailureTest {

    private static Article article(String id, String title, String text, String date) {
        return new Article(id, id + ".txt", null, title, null, PartialDate.parseIso(date).orElseThrow(), null, "en", text);
    }

    @Test
    void aStoryWhoseAnalysisFailsIsStillReportedAndNamedAsAProblem() {
        Article tram = article("tram", "Tram depot fire in Oskarby",
                "A fire broke out at the Oskarby tram depot on Monday night. Firefighters saved most of the trams.",
                "2025-02-03");
        Article choir = article("choir", "Choir wins regional contest",
                "The Brenmark youth choir won the regional singing contest on Saturday with a folk medley.",
                "2025-05-10");
        Pipeline pipeline = new Pipeline(new PipelineSettings(2), (story, members) -> {
            if (story.articleIds().contains("tram")) {
                throw new IllegalStateException("alignment broke");
            }
            return new Pipeline(new PipelineSettings(1)).analyze(members, Progress.NONE).stories().get(0);
        });

        Report report = pipeline.analyze(List.of(tram, choir), Progress.NONE);

        assertThat(report.stories()).hasSize(2);
        StoryReport failed = report.stories().stream().filter(s -> s.articleIds().contains("tram")).findFirst().orElseThrow();
        assertThat(failed.title()).isEqualTo("Tram depot fire in Oskarby");
        assertThat(failed.claims()).isEmpty();
        StoryReport fine = report.stories().stream().filter(s -> s.articleIds().contains("choir")).findFirst().orElseThrow();
        assertThat(fine.claims()).isNotEmpty();
        assertThat(report.problems()).singleElement().asString()
                .contains(failed.id()).contains("tram.txt").contains("alignment broke");
    }
}
