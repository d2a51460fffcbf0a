package org.crosscheck.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Articles that report the same news event.
 *
 * @param id         stable id: the same input gives the same story ids on every run
 * @param articleIds member articles, in publication order (file order when undated)
 */
public record Story(String id, List<String> articleIds) implements java.io.Serializable {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article");
        }
    }
}
