package org.crosscheck.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One outlet across every stored story.
 *
 * @param outlet           the outlet's name
 * @param stories          how many stories it has an article in
 * @param articles         how many articles it has in stories
 * @param originalArticles how many of them are no copy or rewrite of another article (not the {@code to} of a
 *                         duplicate or rewrite provenance link): text no earlier report had
 * @param medianLagHours   the median, over its stories of two or more known outlets whose lag is known, of hours
 *                         behind the story's first report; null when there is none
 * @param roles            how many of its stories it has each role in ({@code originator}, ...)
 * @param claims           how many claim groups its articles support, each story's counted apart
 * @param corroborated     how many of those are corroborated
 * @param singleSource     how many are single-source
 * @param disputed         how many are disputed
 * @param derivesFrom      the outlets its articles derive from, the most derived articles first
 */
public record OutletFigures(String outlet, int stories, int articles, int originalArticles, Double medianLagHours,
                            Map<String, Integer> roles, int claims, int corroborated, int singleSource, int disputed,
                            List<OutletEdge> derivesFrom) {

    public OutletFigures {
        Objects.requireNonNull(outlet, "outlet");
        roles = Map.copyOf(roles);
        derivesFrom = List.copyOf(derivesFrom);
    }

    /** The share of its articles that bring text no earlier report had, 0 when it has none. */
    public double originalShare() {
        return share(originalArticles, articles);
    }

    public double corroboratedShare() {
        return share(corroborated, claims);
    }

    public double singleSourceShare() {
        return share(singleSource, claims);
    }

    public double disputedShare() {
        return share(disputed, claims);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
