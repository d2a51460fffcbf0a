package org.crosscheck.store;

/**
 * A question for a page of stories.
 *
 * @param text   words to search for in the stories' titles, claims and articles; null for all
 * @param order  the order of the page
 * @param limit  most stories on the page, at least 1
 * @param offset stories to skip, at least 0
 * @param outlet only stories with an article of this outlet (its exact name); null for all
 * @param from   only stories with an article published on or after this day ({@code yyyy-MM-dd}); null for all
 * @param to     only stories with an article published on or before this day ({@code yyyy-MM-dd}); null for all
 */
public record StoryQuery(String text, Order order, int limit, int offset, String outlet, String from, String to) {

    /** Orders of the story list. */
    public enum Order {
        /** latest publication date first, undated stories last (by ingest time among themselves); the API's default */
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
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        from = day(from, "from");
        to = day(to, "to");
    }

    /** A page of all stories matching {@code text}, with no outlet or date filter. */
    public StoryQuery(String text, Order order, int limit, int offset) {
        this(text, order, limit, offset, null, null, null);
    }

    private static String day(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.strip();
        try {
            java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a day, yyyy-MM-dd");
        }
        return day;
    }
}
