package org.crosscheck.store;

/**
 * One line of the story list ({@code GET /api/stories}).
 *
 * @param id                 story id
 * @param title              headline of the story
 * @param articleCount       articles in the story
 * @param first              earliest publication date of its articles (ISO-8601), or null
 * @param last               latest publication date of its articles (ISO-8601), or null
 * @param conflictCount      conflicts flagged in the story
 * @param distinctTexts      its articles that are not the duplicate of another (the {@code to} of no
 *                           {@code duplicate} provenance link)
 * @param outletCount        the named outlets of its articles (the entries of the story's {@code outlets} but
 *                           {@code unknown})
 * @param independentOutlets those of them with a text no other outlet's article gave first (role
 *                           {@code originator} or {@code independent})
 */
public record StorySummary(String id, String title, int articleCount, String first, String last, int conflictCount,
                           int distinctTexts, int outletCount, int independentOutlets) {
}
