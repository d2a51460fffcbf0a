package org.crosscheck.claims;

import org.crosscheck.settings.ResourceSettings;

/**
 * How much of an article the claims stage reads.
 *
 * @param maxSentences  the most sentences of one article whose claims are extracted, from its start;
 *                      the rest of a longer article is not read for claims, and the report says the
 *                      article was cut ({@link SentenceCut}). A statement to verify is read whole.
 * @param maxCharacters the sentences read end within this many characters of the article's start
 *                      (the same bound for an article of long sentences: the annotators' cost
 *                      follows the words read, not the sentences)
 */
public record ClaimSettings(int maxSentences, int maxCharacters) {

    /** No bound: every sentence of every article is read. */
    public static final ClaimSettings UNBOUNDED = new ClaimSettings(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public ClaimSettings {
        if (maxSentences < 1 || maxCharacters < 1) {
            throw new IllegalArgumentException("claims.maxSentences and claims.maxCharacters must be at least 1: "
                    + maxSentences + ", " + maxCharacters);
        }
    }

    /** The settings shipped in {@code claims.properties}. */
    public static ClaimSettings defaults() {
        return from(shipped());
    }

    /** The shipped values, as read from {@code claims.properties}. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(ClaimSettings.class, "claims.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code claims.properties}). */
    public static ClaimSettings from(ResourceSettings p) {
        return new ClaimSettings(p.integer("maxSentences"), p.integer("maxCharacters"));
    }
}
