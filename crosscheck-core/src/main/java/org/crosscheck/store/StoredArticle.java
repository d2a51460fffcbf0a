package org.crosscheck.store;

import org.crosscheck.extract.Article;

/**
 * An article of the store as it is replayed: with its embedding (or null) and its story.
 *
 * @param seq the order it was written in, counting from 1
 */
public record StoredArticle(long seq, Article article, float[] embedding, String storyId) {
}
