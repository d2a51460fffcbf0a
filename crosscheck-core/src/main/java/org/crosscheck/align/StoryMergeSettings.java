package org.crosscheck.align;

import org.crosscheck.settings.ResourceSettings;

/**
 * When two analysed stories tell one event (see {@link SameEventStories}).
 *
 * @param minAlignedShare    share of one story's claims (the larger of the two shares) that must state a fact the other story states
 * @param minLeadSimilarity  MiniLM cosine the stories' lead claims must reach
 * @param maxDaysApart       days between the stories' dated spans beyond which they are never merged
 */
public record StoryMergeSettings(double minAlignedShare, double minLeadSimilarity, int maxDaysApart) {

    public StoryMergeSettings {
        if (minAlignedShare <= 0 || minAlignedShare > 1 || minLeadSimilarity > 1 || maxDaysApart < 0) {
            throw new IllegalArgumentException("bad story merge settings");
        }
    }

    /** The settings shipped in {@code story-merge.properties}. */
    public static StoryMergeSettings defaults() {
        return from(shipped());
    }

    /** The shipped values, as read from {@code story-merge.properties}. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(StoryMergeSettings.class, "story-merge.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code story-merge.properties}). */
    public static StoryMergeSettings from(ResourceSettings p) {
        return new StoryMergeSettings(p.decimal("minAlignedShare"), p.decimal("minLeadSimilarity"), p.integer("maxDaysApart"));
    }

    public StoryMergeSettings withThresholds(double share, double lead) {
        return new StoryMergeSettings(share, lead, maxDaysApart);
    }
}
