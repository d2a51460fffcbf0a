package org.crosscheck.store;

import java.util.List;

/** A page of article hits and how many match in all. */
public record ArticlePage(long total, List<ArticleHit> articles) {

    public ArticlePage {
        articles = List.copyOf(articles);
    }
}
