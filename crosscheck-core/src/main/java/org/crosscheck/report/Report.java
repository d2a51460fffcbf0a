package org.crosscheck.report;

import java.util.List;
import org.crosscheck.extract.Article;

/** The whole report of {@code analyze}: every article and every story. */
public record Report(int schemaVersion, List<Article> articles, List<StoryReport> stories) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
    }
}
