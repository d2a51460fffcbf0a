package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EntityMention;

/**
 * Whether some sentence of the story names both places ("Dargahan, a town on Qeshm island", "in
 * Tolvik, Harlen province"): the coverage itself shows how they relate, most often one within or
 * beside the other, and a finer and a coarser name of one place are no disagreement.
 */
final class PlacesNamedTogether {

    private final List<List<String>> namesBySentence = new ArrayList<>();

    PlacesNamedTogether(List<Claim> claims) {
        for (Claim c : claims) {
            List<String> names = c.entities().stream().map(EntityMention::canonical).distinct().toList();
            if (names.size() > 1) {
                namesBySentence.add(names);
            }
        }
    }

    /** True when one sentence of the story names both. */
    boolean test(String x, String y) {
        for (List<String> names : namesBySentence) {
            if (names.stream().anyMatch(n -> EntityRoles.sameName(n, x)) && names.stream().anyMatch(n -> EntityRoles.sameName(n, y))) {
                return true;
            }
        }
        return false;
    }
}
