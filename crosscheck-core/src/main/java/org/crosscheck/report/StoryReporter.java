package org.crosscheck.report;

import java.util.List;
import org.crosscheck.align.Alignment;
import org.crosscheck.claims.ClaimSet;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;

/** Puts together the report of one story: a headline, the summary, the timeline and the findings. */
public final class StoryReporter {

    private final Timeline timeline = new Timeline();
    private final Summarizer summarizer = new Summarizer();

    /**
     * @param articles the story's articles, in story order
     */
    public StoryReport report(Story story, List<Article> articles, List<Derivation> provenance, ClaimSet claims,
                              Alignment alignment) {
        List<SummarySentence> summary = summarizer.summarize(alignment.groups(), story.articleIds());
        return new StoryReport(story.id(), headline(articles, summary), story.articleIds(), summary,
                alignment.groups(), alignment.conflicts(), timeline.build(alignment.groups()), claims.entities(),
                provenance, claims.borrowedDates(),
                OutletCoverage.of(articles, provenance, alignment.groups(), alignment.conflicts()), false, claims.cut());
    }

    /** The report of a one-article story whose claims are deferred: its headline, its article and its outlet. */
    public StoryReport deferred(Story story, List<Article> articles) {
        return StoryReport.deferred(story.id(), headline(articles, List.of()), story.articleIds(),
                OutletCoverage.of(articles, List.of(), List.of(), List.of()));
    }

    /**
     * The title of the story's first article that has one (the earliest report, usually the
     * original), else the first summary sentence, else the first words of the first article.
     */
    static String headline(List<Article> articles, List<SummarySentence> summary) {
        for (Article a : articles) {
            if (a.title() != null && !a.title().isBlank()) {
                return a.title();
            }
        }
        if (!summary.isEmpty()) {
            return summary.get(0).text();
        }
        String text = articles.get(0).text().strip();
        int cut = text.indexOf('\n');
        String first = cut < 0 ? text : text.substring(0, cut);
        if (first.length() <= 120) {
            return first;
        }
        int space = first.lastIndexOf(' ', 120);
        return first.substring(0, space > 40 ? space : 120) + "…";
    }
}
