package org.crosscheck.claims;

import java.util.Objects;

/**
 * A name as one article writes it, before entities are merged.
 *
 * @param articleId the article it occurs in
 * @param text      the words as written ("Mayor Halvorsen's")
 * @param type      the type the tagger gave it
 */
public record NameOccurrence(String articleId, String text, EntityType type) {

    public NameOccurrence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
