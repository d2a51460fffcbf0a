package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.provenance.WitnessGroups;
import org.junit.jupiter.api.Test;

class ConflictConfidenceTest {

    private final ConflictConfidence confidence = new ConflictConfidence(AlignmentSettings.defaults());
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Double> cosine = new HashMap<>();

    private Claim claim(String id, String article, String sentence, String action, boolean hedged) {
        Claim c = new Claim(id, article, sentence, 0, sentence.length(), null, action, null, false, hedged, null,
                List.of(), List.of(), List.of());
        claims.put(id, c);
        return c;
    }

    private double similarity(String a, String b) {
        return cosine.getOrDefault(a + "|" + b, cosine.getOrDefault(b + "|" + a, 0.0));
    }

    private static ConflictSide side(String value, Claim... cs) {
        return new ConflictSide(value, List.of(cs).stream().map(Claim::articleId).toList(),
                List.of(cs).stream().map(Claim::sentence).toList(), List.of(cs).stream().map(Claim::id).toList());
    }

    @Test
    void wellSupportedConflictComesFirstAndEveryConfidenceLiesInTheUnitInterval() {
        // two outlets each on a side, flat statements, the numbers written out, one event
        Claim a1 = claim("a1", "A", "The fire at the Orvik depot injured 12 workers on Monday.", "injure", false);
        Claim b1 = claim("b1", "B", "The fire at the Orvik depot injured 12 workers, firefighters said.", "injure", false);
        Claim c1 = claim("c1", "C", "The fire at the Orvik depot injured 20 workers on Monday.", "injure", false);
        Claim d1 = claim("d1", "D", "Twenty workers were injured by the depot fire in Orvik.", "injure", false);
        cosine.put("a1|c1", 0.96);
        // one outlet against one, hedged, a different verb, a value read off a paraphrase
        Claim e1 = claim("e1", "A", "The mayor may have left the town hall early on Friday.", "leave", true);
        Claim f1 = claim("f1", "E", "The mayor reportedly arrived at the town hall late.", "arrive", true);
        cosine.put("e1|f1", 0.63);
        Conflict weak = new Conflict("k-weak", ConflictKind.DATE, "when the mayor left",
                List.of(side("early", e1), side("late on Friday", f1)));
        Conflict strong = new Conflict("k-strong", ConflictKind.NUMBER, "how many were injured",
                List.of(side("12", a1, b1), side("20", c1, d1)));
        WitnessGroups witnesses = WitnessGroups.of(List.of("A", "B", "C", "D", "E"), List.of());

        List<Conflict> scored = confidence.score(List.of(weak, strong), claims, this::similarity, witnesses);

        assertThat(scored).extracting(Conflict::id).containsExactly("k-strong", "k-weak");
        assertThat(scored).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
        assertThat(scored.get(0).confidence()).isGreaterThan(0.8);
        assertThat(scored.get(1).confidence()).isLessThan(0.4);
    }

    @Test
    void copiesOfOneSourceAndHedgingLowerTheConfidence() {
        Claim a = claim("a", "A", "Police arrested 14 people in Tarnsby on Saturday.", "arrest", false);
        Claim b = claim("b", "B", "Police arrested 14 people in Tarnsby on Saturday night.", "arrest", false);
        Claim c = claim("c", "C", "Police arrested 41 people in Tarnsby on Saturday.", "arrest", false);
        Claim d = claim("d", "D", "Police arrested 41 people in Tarnsby on Saturday, the paper said.", "arrest", false);
        Claim ch = claim("ch", "C", "Police reportedly arrested 41 people in Tarnsby on Saturday.", "arrest", true);
        cosine.put("a|c", 0.97);
        cosine.put("a|ch", 0.97);
        Conflict independent = new Conflict("k1", ConflictKind.NUMBER, "how many", List.of(side("14", a, b), side("41", c, d)));
        Conflict hedged = new Conflict("k2", ConflictKind.NUMBER, "how many", List.of(side("14", a, b), side("41", ch, d)));
        WitnessGroups apart = WitnessGroups.of(List.of("A", "B", "C", "D"), List.of());
        WitnessGroups copied = WitnessGroups.of(List.of("A", "B", "C", "D"),
                List.of(new ReuseLink("A", "B", ReuseKind.DUPLICATE, 0.95)));

        double full = confidence.score(List.of(independent), claims, this::similarity, apart).get(0).confidence();
        double oneSource = confidence.score(List.of(independent), claims, this::similarity, copied).get(0).confidence();
        double lessFlat = confidence.score(List.of(hedged), claims, this::similarity, apart).get(0).confidence();

        assertThat(oneSource).isLessThan(full);
        assertThat(lessFlat).isLessThan(full);
    }
}
