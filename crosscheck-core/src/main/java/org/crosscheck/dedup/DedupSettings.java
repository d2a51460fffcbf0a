package org.crosscheck.dedup;

import org.crosscheck.settings.ResourceSettings;

/**
 * The numbers near-duplicate detection runs on. {@link #defaults()} reads them from
 * {@code dedup.properties} beside this class, where each value is explained.
 *
 * @param shingleWords     words per shingle
 * @param permutations     MinHash signature length (K)
 * @param bands            LSH bands; {@code bands * rowsPerBand} must equal {@code permutations}
 * @param rowsPerBand      signature rows hashed together in one band
 * @param nearDuplicate    estimated Jaccard at or above which two texts are near-duplicates
 * @param seed             seed of the permutation seeds, so that signatures are comparable
 * @param window           how far back a streaming index looks ({@link NearDuplicateIndex#streaming})
 */
public record DedupSettings(int shingleWords, int permutations, int bands, int rowsPerBand,
                            double nearDuplicate, long seed, DedupWindow window) implements java.io.Serializable {

    public DedupSettings {
        java.util.Objects.requireNonNull(window, "window");
        if (shingleWords < 1 || permutations < 1 || bands < 1 || rowsPerBand < 1) {
            throw new IllegalArgumentException("shingle size, permutations, bands and rows must be positive");
        }
        if (bands * rowsPerBand != permutations) {
            throw new IllegalArgumentException("bands * rowsPerBand must equal permutations");
        }
        if (nearDuplicate <= 0 || nearDuplicate > 1) {
            throw new IllegalArgumentException("nearDuplicate out of (0,1]: " + nearDuplicate);
        }
    }

    private static final DedupSettings DEFAULTS = load();

    /** The settings in {@code dedup.properties}. */
    public static DedupSettings defaults() {
        return DEFAULTS;
    }

    private static DedupSettings load() {
        return from(shipped());
    }

    /** The shipped {@code dedup.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(DedupSettings.class, "dedup.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code dedup.properties}) and the shipped word lists. */
    public static DedupSettings from(ResourceSettings p) {
        return new DedupSettings(
                p.integer("shingle.words"),
                p.integer("minhash.permutations"),
                p.integer("lsh.bands"),
                p.integer("lsh.rows"),
                p.decimal("near.duplicate.jaccard"),
                Long.decode(p.text("minhash.seed")),
                new DedupWindow(p.integer("window.days"), p.integer("window.max.entries")));
    }
}
