package org.crosscheck.pipeline;

import java.util.List;
import java.util.Map;
import org.crosscheck.align.Alignment;
import org.crosscheck.claims.ClaimSet;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReporter;

/**
 * Analyses the stories an ingest batch touched (the pipeline's claims, alignment and report
 * stages, wired by {@code Pipeline}). Must keep each story's id and member order, and be
 * deterministic: the same articles give the same story object.
 */
@FunctionalInterface
public interface StoryAnalyst {

    /**
     * The reports of the given stories, in their order, with a problem line for each story
     * whose analysis failed (still reported, without findings).
     */
    Report analyze(List<Story> stories, Map<String, Article> articles);

    /**
     * Headline, articles and nothing else: no language models. For measuring the store on its
     * own and for tests whose subject is the store, not the findings.
     */
    static StoryAnalyst headlinesOnly() {
        StoryReporter reporter = new StoryReporter();
        return (stories, articles) -> new Report(Report.SCHEMA_VERSION, List.of(), stories.stream()
                .map(s -> reporter.report(s, s.articleIds().stream().map(articles::get).toList(), List.of(),
                        new ClaimSet(List.of(), List.of()), new Alignment(List.of(), List.of())))
                .toList(), List.of());
    }
}
