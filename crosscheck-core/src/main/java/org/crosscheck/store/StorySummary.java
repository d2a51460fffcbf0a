package org.crosscheck.store;

/**
 * One line of the story list ({@code GET /api/stories}).
 *
 * @param id            story id
 * @param title         headline of the story
 * @param articleCount  articles in the story
 * @param first         earliest publication date of its articles (ISO-8601), or null
 * @param last          latest publication date of its articles (ISO-8601), or null
 * @param conflictCount conflicts flagged in the story
 */
public record StorySummary(String id, String title, int articleCount, String first, String last, int conflictCount) {
}
