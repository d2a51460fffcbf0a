package org.crosscheck.dedup;

/**
 * How far back a streaming {@link NearDuplicateIndex} looks: near-duplicates are sought among
 * the articles of the last {@code days} days of the stream (by publication date), and never
 * among more than {@code maxEntries} articles, the oldest going first. Part of
 * {@link DedupSettings}, read from {@code dedup.properties}, where each value is explained.
 *
 * @param days       days before the stream's latest publication date still searched
 * @param maxEntries most articles held at once, whatever their dates
 */
public record DedupWindow(int days, int maxEntries) implements java.io.Serializable {

    /** No window: every article is kept and searched, as a non-streaming index does. */
    public static final DedupWindow UNBOUNDED = new DedupWindow(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public DedupWindow {
        if (days < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("window days must be >= 0 and max entries >= 1");
        }
    }
}
