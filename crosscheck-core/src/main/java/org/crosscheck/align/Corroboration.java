package org.crosscheck.align;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.provenance.WitnessGroups;

/**
 * Turns a set of aligned claims into a claim group: its representative sentence, how many
 * articles and independent witnesses state it, and its status.
 */
final class Corroboration {

    /**
     * The group of the given claims (in article order). The representative is the member most
     * similar on average to the others, ties going to the earliest article.
     */
    ClaimGroup group(List<Claim> members, double[][] similarity, WitnessGroups witnesses, Set<String> disputedClaimIds) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < members.size(); i++) {
            double sum = 0;
            for (int j = 0; j < members.size(); j++) {
                if (i != j) {
                    sum += similarity[i][j];
                }
            }
            if (sum > bestScore + 1e-9) {
                bestScore = sum;
                best = i;
            }
        }
        Set<String> articles = new LinkedHashSet<>();
        for (Claim c : members) {
            articles.add(c.articleId());
        }
        int independent = witnesses.countIndependent(articles);
        boolean disputed = members.stream().anyMatch(c -> disputedClaimIds.contains(c.id()));
        ClaimStatus status = disputed ? ClaimStatus.DISPUTED
                : independent >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
        String id = StableIds.of("g-", "", members.stream().map(Claim::id).toList());
        return new ClaimGroup(id, members.get(best).sentence(), members, articles.size(), independent, status);
    }
}
