package org.crosscheck.bench.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planted stream of {@code bench/outlets} and the scores read against it. */
class OutletStreamTest {

    private static final List<OutletStream.Planted> STREAM = new OutletStream(7).generate(12);

    @Test
    void theSameSeedGivesTheSameStream() {
        List<OutletStream.Planted> again = new OutletStream(7).generate(12);
        assertThat(again).extracting(p -> p.article().text()).isEqualTo(STREAM.stream().map(p -> p.article().text()).toList());
        assertThat(new OutletStream(8).generate(12)).extracting(p -> p.article().text())
                .isNotEqualTo(STREAM.stream().map(p -> p.article().text()).toList());
    }

    @Test
    void everyDerivedArticleComesAfterItsSourceOfTheSameEventAndOnlyTheDayOnlyOutletLacksATime() {
        Map<String, OutletStream.Planted> byId = new HashMap<>();
        STREAM.forEach(p -> byId.put(p.article().id(), p));
        for (OutletStream.Planted p : STREAM) {
            assertThat(p.article().published().instant().isPresent()).isEqualTo(!p.outlet().equals(OutletStream.DAY_ONLY));
            if (p.sourceId() != null) {
                OutletStream.Planted source = byId.get(p.sourceId());
                assertThat(source.event()).isEqualTo(p.event());
                assertThat(source.outlet()).isEqualTo(p.sourceOutlet()).isNotEqualTo(p.outlet());
                assertThat(p.make()).isNotEqualTo(OutletStream.Make.ORIGINAL);
                assertThat(p.article().published().firstDay()).isAfterOrEqualTo(source.article().published().firstDay());
            }
        }
        assertThat(STREAM).filteredOn(p -> p.make() == OutletStream.Make.REWRITE).isNotEmpty();
        assertThat(STREAM).filteredOn(p -> p.make() == OutletStream.Make.COPY).isNotEmpty();
    }

    @Test
    void twoIndependentReportsOfOneEventShareNoSentence() {
        Map<Integer, Set<String>> ownSentences = new HashMap<>();
        for (OutletStream.Planted p : STREAM) {
            if (p.make() == OutletStream.Make.ORIGINAL && !OutletStream.WIRES.contains(p.outlet())) {
                Set<String> seen = ownSentences.computeIfAbsent(p.event(), k -> new HashSet<>());
                for (String sentence : p.article().text().split("\n\n")) {
                    assertThat(seen.add(sentence)).as(sentence).isTrue();
                }
            }
        }
    }

    @Test
    void theTruthScoresPerfectlyAgainstItselfAndTheDateBaselineDoesNot() {
        OutletNetworkScore.Estimate truth = OutletNetworkScore.truth(STREAM);
        assertThat(truth.edges()).isNotEmpty();
        assertThat(truth.firstReporter()).hasSize(12);
        OutletNetworkScore.Score self = OutletNetworkScore.score(truth, truth);
        assertThat(List.of(self.edgePrecision(), self.edgeRecall(), self.derivedPrecision(), self.derivedRecall(), self.firstReporter()))
                .containsOnly(1.0);
        assertThat(self.originalShareError()).isZero();

        OutletNetworkScore.Estimate nothing = new OutletNetworkScore.Estimate(Map.of(), Set.of(), Map.of(), Map.of());
        OutletNetworkScore.Score none = OutletNetworkScore.score(truth, nothing);
        assertThat(none.edgeRecall()).isZero();
        assertThat(none.firstReporter()).isZero();
        assertThat(none.originalShareError()).isPositive();
    }
}
