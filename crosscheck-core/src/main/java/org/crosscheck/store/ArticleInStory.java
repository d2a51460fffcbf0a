package org.crosscheck.store;

import java.util.Objects;
import org.crosscheck.extract.Article;

/**
 * A stored article and the story it is in.
 *
 * @param article the article
 * @param storyId the id of its story, or null while it is in none
 */
public record ArticleInStory(Article article, String storyId) {

    public ArticleInStory {
        Objects.requireNonNull(article, "article");
    }
}
