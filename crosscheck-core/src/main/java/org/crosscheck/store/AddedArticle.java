package org.crosscheck.store;

import org.crosscheck.extract.Article;

/**
 * An article new to the store and where it went.
 *
 * @param article   the article
 * @param json      its article object of the public interface, kept and served as given
 * @param textHash  the hash of its normalised text, by which a later copy is known as a duplicate
 * @param embedding its embedding for the join decision, or null
 * @param storyId   the story it was placed in
 */
public record AddedArticle(Article article, String json, long textHash, float[] embedding, String storyId) {
}
