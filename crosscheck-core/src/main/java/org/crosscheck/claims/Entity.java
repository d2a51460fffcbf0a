package org.crosscheck.claims;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity, merged across the articles of a story.
 *
 * @param name       canonical name (the fullest form used)
 * @param aliases    the other names used for it
 * @param mentions   how many times it is mentioned
 * @param articleIds articles that mention it
 */
public record Entity(String name, EntityType type, List<String> aliases, int mentions, List<String> articleIds) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        articleIds = List.copyOf(articleIds);
    }
}
