package org.crosscheck.claims;

import java.util.List;
import java.util.Map;
import org.crosscheck.time.PartialDate;

/**
 * The claims of a story's articles and the entities they mention, merged across articles.
 *
 * @param borrowedDates for each article without a publication date of its own, the date of its
 *                      story it was read against (see {@link BorrowedDates}); other articles are absent
 * @param cut           for each article longer than the claims stage reads, where it stopped
 *                      ({@link ClaimSettings#maxSentences}); other articles are absent
 */
public record ClaimSet(List<Claim> claims, List<Entity> entities, Map<String, PartialDate> borrowedDates,
                       Map<String, SentenceCut> cut) {

    public ClaimSet {
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
        borrowedDates = Map.copyOf(borrowedDates);
        cut = Map.copyOf(cut);
    }

    /** Claims and entities of articles read whole. */
    public ClaimSet(List<Claim> claims, List<Entity> entities, Map<String, PartialDate> borrowedDates) {
        this(claims, entities, borrowedDates, Map.of());
    }

    /** Claims and entities of articles that all have their own date, or that borrowed none. */
    public ClaimSet(List<Claim> claims, List<Entity> entities) {
        this(claims, entities, Map.of());
    }
}
