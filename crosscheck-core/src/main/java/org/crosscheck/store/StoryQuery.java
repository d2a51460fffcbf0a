package org.crosscheck.store;

/**
 * A question for a page of stories.
 *
 * @param text   words to search for in the stories' titles, claims and articles; null for all
 * @param order  the order of the page
 * @param limit  most stories on the page, at least 1
 * @param offset stories to skip, at least 0
 */
public record StoryQuery(String text, Order order, int limit, int offset) {

    /** Orders of the story list. */
    public enum Order {
        /** latest publication date (or ingest time when undated) first; the API's default */
        NEWEST,
        /** most articles first */
        LARGEST,
        /** most conflicts first */
        MOST_DISPUTED
    }

    public StoryQuery {
        if (order == null) {
            throw new IllegalArgumentException("order is required");
        }
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset at least 0");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
