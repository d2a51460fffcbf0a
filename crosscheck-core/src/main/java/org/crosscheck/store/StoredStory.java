package org.crosscheck.store;

import java.util.List;
import java.util.Objects;
import org.crosscheck.extract.Article;
import org.crosscheck.report.StoryReport;

/**
 * A stored story as the store gives it back: its report as last analysed and its articles.
 *
 * @param report   the story's report
 * @param articles its articles in the story's order
 */
public record StoredStory(StoryReport report, List<Article> articles) {

    public StoredStory {
        Objects.requireNonNull(report, "report");
        articles = List.copyOf(articles);
    }
}
