package org.crosscheck.dedup;

import org.crosscheck.settings.ResourceSettings;

/**
 * How far back a streaming {@link NearDuplicateIndex} looks: near-duplicates are sought among
 * the articles of the last {@code days} days of the stream (by publication date), and never
 * among more than {@code maxEntries} articles, the oldest going first. {@link #defaults()}
 * reads them from {@code dedup.properties}, where each value is explained.
 *
 * @param days       days before the stream's latest publication date still searched
 * @param maxEntries most articles held at once, whatever their dates
 */
public record DedupWindow(int days, int maxEntries) {

    /** No window: every article is kept and searched, as a non-streaming index does. */
    public static final DedupWindow UNBOUNDED = new DedupWindow(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public DedupWindow {
        if (days < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("window days must be >= 0 and max entries >= 1");
        }
    }

    private static final DedupWindow DEFAULTS = load();

    /** The window in {@code dedup.properties}. */
    public static DedupWindow defaults() {
        return DEFAULTS;
    }

    private static DedupWindow load() {
        ResourceSettings p = ResourceSettings.load(DedupWindow.class, "dedup.properties");
        return new DedupWindow(p.integer("window.days"), p.integer("window.max.entries"));
    }
}
