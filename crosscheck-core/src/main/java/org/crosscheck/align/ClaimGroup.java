package org.crosscheck.align;

import java.util.List;
import java.util.Objects;
import org.crosscheck.claims.Claim;

/**
 * Claims from one or more articles that state the same fact.
 *
 * @param id                 stable id
 * @param text               one representative sentence
 * @param claims             the member claims, at most one sentence per article is typical
 * @param sources            number of distinct articles
 * @param independentSources number of distinct witness groups among those articles
 * @param status             corroborated, single-source or disputed
 */
public record ClaimGroup(String id, String text, List<Claim> claims, int sources, int independentSources,
                         ClaimStatus status) {

    public ClaimGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a claim group needs at least one claim");
        }
        if (independentSources > sources || independentSources < 1) {
            throw new IllegalArgumentException("independentSources " + independentSources + " vs sources " + sources);
        }
    }
}
