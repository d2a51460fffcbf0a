package org.crosscheck.claims;

import java.util.Objects;

/**
 * A name in one sentence as the claims stage reads it: a tagged mention, retyped or joined with
 * the words the tagger split from it ("Cooper's Meadow").
 *
 * @param text  the words as written
 * @param type  its entity type
 * @param start character offset in the article text
 * @param end   character offset in the article text, exclusive
 */
record NameSpan(String text, EntityType type, int start, int end) {

    NameSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
