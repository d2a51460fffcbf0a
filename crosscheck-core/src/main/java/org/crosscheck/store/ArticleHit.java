package org.crosscheck.store;

/**
 * One article found by a search ({@code GET /api/articles}).
 *
 * @param id        article id
 * @param title     title, or null
 * @param site      site, or null
 * @param published publication date (ISO-8601), or null
 * @param storyId   the story the article belongs to, or null while it has none
 * @param snippet   a short passage of the text around the matched words, as plain text
 */
public record ArticleHit(String id, String title, String site, String published, String storyId, String snippet) {
}
