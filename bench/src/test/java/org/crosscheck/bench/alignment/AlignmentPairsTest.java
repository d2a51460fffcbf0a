package org.crosscheck.bench.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.bench.metric.BinaryScore;
import org.crosscheck.claims.Claim;
import org.junit.jupiter.api.Test;

class AlignmentPairsTest {

    private static AlignmentPairs.Unit u(String article, int topic, int sentence) {
        return new AlignmentPairs.Unit(article, topic, topic + (article.endsWith("plus") ? "ecbplus" : "ecb"), sentence);
    }

    @Test
    void candidatesAreDifferentArticlesOfOneTopicInEitherOrder() {
        AlignmentPairs.Unit a1 = u("1_1ecb", 1, 1);
        AlignmentPairs.Unit a2 = u("1_1ecb", 1, 2);
        AlignmentPairs.Unit b1 = u("1_2ecb", 1, 1);
        AlignmentPairs.Unit c1 = u("2_1ecb", 2, 1);
        List<AlignmentPairs.Pair> pairs = AlignmentPairs.candidates(List.of(c1, b1, a2, a1));
        assertThat(pairs).containsExactlyInAnyOrder(new AlignmentPairs.Pair(a1, b1), new AlignmentPairs.Pair(a2, b1));
        assertThat(new AlignmentPairs.Pair(b1, a1)).isEqualTo(new AlignmentPairs.Pair(a1, b1));
    }

    @Test
    void scoresPairsOfGroupsAgainstSharedChains() {
        AlignmentPairs.Unit a1 = u("1_1ecb", 1, 1);
        AlignmentPairs.Unit a2 = u("1_1ecb", 1, 2);
        AlignmentPairs.Unit b1 = u("1_2ecb", 1, 1);
        AlignmentPairs.Unit c1 = u("1_3ecbplus", 1, 1);
        Map<AlignmentPairs.Unit, Set<String>> gold = Map.of(
                a1, Set.of("E1"), a2, Set.of("E2"), b1, Set.of("E1", "E2"), c1, Set.of("E3"));
        List<AlignmentPairs.Pair> candidates = AlignmentPairs.candidates(gold.keySet());
        assertThat(candidates).hasSize(5); // a1-b1 a2-b1 a1-c1 a2-c1 b1-c1

        // one group links a1, b1 and c1 (a1 and a2 in one group too: same article, no pair); a2 alone
        Set<AlignmentPairs.Pair> system = AlignmentPairs.linked(List.of(Set.of(a1, b1, c1, a2), Set.of(a2)));
        assertThat(system).hasSize(5);
        system = AlignmentPairs.linked(List.of(Set.of(a1, b1, c1)));
        assertThat(system).hasSize(3);

        BinaryScore s = AlignmentPairs.score(candidates, p -> AlignmentPairs.gold(gold, p), system::contains);
        // gold: a1-b1 (E1), a2-b1 (E2); system: a1-b1 (tp), a1-c1, b1-c1 (fp); a2-b1 missed
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(2);
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.trueNegatives()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aClaimMapsToEverySentenceItsSpanOverlaps() throws Exception {
        EcbPlusCorpus.Doc doc = new EcbPlusCorpus.Doc("3_1ecb", 3, "3ecb",
                Map.of(0, "Title here", 2, "First body sentence.", 5, "Second one."));
        String text = doc.article().text();
        assertThat(text).isEqualTo("First body sentence.\n\nSecond one.");
        int second = text.indexOf("Second");
        assertThat(AlignmentBenchmark.units(doc, claim(doc, second, text.length())))
                .containsExactly(new AlignmentPairs.Unit("3_1ecb", 3, "3ecb", 5));
        assertThat(AlignmentBenchmark.units(doc, claim(doc, 0, text.length())))
                .extracting(AlignmentPairs.Unit::sentence).containsExactly(2, 5);
        assertThat(AlignmentBenchmark.units(doc, claim(doc, 0, 5)))
                .extracting(AlignmentPairs.Unit::sentence).containsExactly(2);
    }

    @Test
    void topicRangesParse() {
        assertThat(AlignmentBenchmark.topics("1-3, 7,9-10")).containsExactly(1, 2, 3, 7, 9, 10);
    }

    private static Claim claim(EcbPlusCorpus.Doc doc, int start, int end) {
        return new Claim("c", doc.file(), doc.article().text().substring(start, end), start, end,
                null, null, null, false, false, null, List.of(), List.of(), List.of());
    }
}
