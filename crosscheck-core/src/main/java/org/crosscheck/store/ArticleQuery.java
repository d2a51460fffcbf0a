package org.crosscheck.store;

/**
 * A full-text question over articles.
 *
 * @param text   the words to search for; null for all articles, newest first
 * @param limit  most articles on the page, at least 1
 * @param offset articles to skip, at least 0
 */
public record ArticleQuery(String text, int limit, int offset) {

    public ArticleQuery {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset at least 0");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
