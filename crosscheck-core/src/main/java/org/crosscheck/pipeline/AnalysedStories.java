package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.AddedArticle;
import org.crosscheck.store.AnalysedStory;

/**
 * What the store is given of an analysed story and of a new article: the typed fields it keeps in
 * rows, the story's report, and the article object of the public interface ({@link JsonReport}).
 */
final class AnalysedStories {

    private AnalysedStories() {
    }

    /** The story as the store keeps it; {@code members} in report order. */
    static AnalysedStory of(StoryReport report, List<Article> members) {
        List<AnalysedStory.ClaimRow> claims = report.claims().stream()
                .map(g -> new AnalysedStory.ClaimRow(g.id(), g.text(), g.status().jsonName(), g.sources(), g.independentSources()))
                .toList();
        List<AnalysedStory.LinkRow> links = report.provenance().stream()
                .map(Derivation::link)
                .map(l -> new AnalysedStory.LinkRow(l.from(), l.to(), l.kind().jsonName(), JsonReport.rounded(l.overlap())))
                .toList();
        return new AnalysedStory(report.id(), report.title(), members, report.conflicts().size(), claims, links, report);
    }

    /** A new article as the store keeps it. */
    static AddedArticle added(Article article, long textHash, float[] embedding, String storyId) {
        return new AddedArticle(article, JsonReport.line(JsonReport.article(article)), textHash, embedding, storyId);
    }
}
