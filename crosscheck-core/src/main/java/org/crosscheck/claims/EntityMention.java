package org.crosscheck.claims;

import java.util.Objects;

/**
 * A named entity as written in one sentence.
 *
 * @param text      the words as written ("Mayor Halvorsen")
 * @param canonical the name of the merged entity it refers to ("Ingrid Halvorsen")
 * @param start     character offset in the article text
 * @param end       character offset in the article text, exclusive
 */
public record EntityMention(String text, String canonical, EntityType type, int start, int end) implements java.io.Serializable {

    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
    }
}
