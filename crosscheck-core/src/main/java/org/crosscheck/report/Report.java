package org.crosscheck.report;

import java.util.List;
import org.crosscheck.extract.Article;

/**
 * The whole report of {@code analyze}: every article and every story.
 *
 * @param problems one sentence for each story whose analysis failed; such a story is still
 *                 reported, with its articles and headline but no findings
 */
public record Report(int schemaVersion, List<Article> articles, List<StoryReport> stories, List<String> problems) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
