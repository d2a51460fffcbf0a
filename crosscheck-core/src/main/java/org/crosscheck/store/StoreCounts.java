package org.crosscheck.store;

/** The answer of {@code GET /api/health}: how many articles and stories a store holds. */
public record StoreCounts(long articles, long stories) {

    public StoreCounts {
        if (articles < 0 || stories < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
