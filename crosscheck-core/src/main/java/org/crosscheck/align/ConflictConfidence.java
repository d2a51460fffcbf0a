package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.crosscheck.claims.Claim;
import org.crosscheck.provenance.WitnessGroups;
import org.crosscheck.settings.ResourceSettings;

/**
 * How well a conflict is supported, in [0, 1]: a weighted mean of whether its sides speak of one
 * event (cosine of their claims) and fill one slot (the same main verb), whether their values are
 * written out, whether their claims are stated first-hand (not hedged, not hypothetical) and how
 * many independent witnesses the weaker side has. Weights and their reasons are in {@code
 * conflict-confidence.properties}.
 */
public final class ConflictConfidence {

    /** Component names, in the order of {@link #components}. */
    public static final List<String> NAMES = List.of("event", "slot", "explicit", "firstHand", "witnesses");

    private final double[] weights;
    private final double conflictSimilarity;
    private final Set<String> hypothetical;

    ConflictConfidence(AlignmentSettings settings) {
        ResourceSettings p = ResourceSettings.load(ConflictConfidence.class, "conflict-confidence.properties");
        this.weights = new double[NAMES.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = p.decimal("weight." + NAMES.get(i));
            sum += weights[i];
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalStateException("conflict-confidence.properties: weights sum to " + sum + ", not 1");
        }
        this.conflictSimilarity = settings.conflictSimilarity();
        this.hypothetical = settings.hypotheticalCues();
    }

    /**
     * The conflicts with their confidence, highest first (ties keep their order).
     *
     * @param similarity cosine of two claims by id
     */
    List<Conflict> score(List<Conflict> conflicts, Map<String, Claim> claims, ToDoubleBiFunction<String, String> similarity,
                         WitnessGroups witnesses) {
        List<Conflict> out = new ArrayList<>(conflicts.size());
        for (Conflict c : conflicts) {
            out.add(c.withConfidence(confidence(components(c, claims, similarity, witnesses))));
        }
        out.sort(Comparator.comparingDouble(Conflict::confidence).reversed());
        return out;
    }

    /** The weighted mean of the components, rounded to three decimals and kept in [0, 1]. */
    double confidence(double[] components) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * components[i];
        }
        return Math.max(0, Math.min(1, Math.round(z * 1000) / 1000.0));
    }

    /** The components of one conflict, in {@link #NAMES} order. */
    double[] components(Conflict c, Map<String, Claim> claims, ToDoubleBiFunction<String, String> similarity,
                        WitnessGroups witnesses) {
        double bestCosine = 0;
        boolean sameVerb = false;
        List<ConflictSide> sides = c.sides();
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                for (String a : sides.get(i).claimIds()) {
                    for (String b : sides.get(j).claimIds()) {
                        bestCosine = Math.max(bestCosine, similarity.applyAsDouble(a, b));
                        Claim ca = claims.get(a);
                        Claim cb = claims.get(b);
                        sameVerb |= ca != null && cb != null && ca.action() != null && ca.action().equals(cb.action());
                    }
                }
            }
        }
        double event = clamp((bestCosine - conflictSimilarity) / (1 - conflictSimilarity));
        int explicit = 0;
        int flat = 0;
        int stated = 0;
        int weakest = Integer.MAX_VALUE;
        for (ConflictSide side : sides) {
            String value = normal(side.value());
            if (!value.isBlank() && side.sentences().stream().anyMatch(s -> normal(s).contains(value))) {
                explicit++;
            }
            for (String id : side.claimIds()) {
                Claim claim = claims.get(id);
                if (claim != null) {
                    stated++;
                    if (!claim.hedged() && !isHypothetical(claim.sentence())) {
                        flat++;
                    }
                }
            }
            weakest = Math.min(weakest, Math.max(1, witnesses.countIndependent(side.articleIds())));
        }
        return new double[] {
            event, sameVerb ? 1 : 0, (double) explicit / sides.size(), stated == 0 ? 0 : (double) flat / stated,
            Math.min(1, weakest / 2.0)
        };
    }

    private boolean isHypothetical(String sentence) {
        for (String word : normal(sentence).split("[^\\p{L}']+")) {
            if (hypothetical.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(",", "");
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
