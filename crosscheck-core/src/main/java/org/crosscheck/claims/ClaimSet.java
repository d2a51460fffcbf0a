package org.crosscheck.claims;

import java.util.List;

/** The claims of a story's articles and the entities they mention, merged across articles. */
public record ClaimSet(List<Claim> claims, List<Entity> entities) {

    public ClaimSet {
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
    }
}
