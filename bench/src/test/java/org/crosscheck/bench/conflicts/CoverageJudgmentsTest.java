package org.crosscheck.bench.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CoverageJudgmentsTest {

    // units in order, as the corpus gives them (sentence numbers sort as text here)
    private static final CoverageJudgments.Doc A = new CoverageJudgments.Doc("9_1ecb", new TreeMap<>(Map.of(
            "0", "Quake hits Brisk harbour",
            "1", "A magnitude 6.1 earthquake struck Brisk on Friday , killing 12 people .",
            "2", "The quake measured 6.1 , the survey said .")));
    private static final CoverageJudgments.Doc B = new CoverageJudgments.Doc("9_2ecb", new TreeMap<>(Map.of(
            "0", "Brisk shaken",
            "1", "The 6.4 - magnitude quake killed at least 12 people in Brisk. Rescuers searched the rubble.")));
    private static final CoverageJudgments.Doc C = new CoverageJudgments.Doc("9_3ecb", Map.of(
            "4", "Officials said 12 people died when the 6.4 quake hit on Friday."));
    private static final Map<String, CoverageJudgments.Doc> DOCS = Map.of("9_1ecb", A, "9_2ecb", B, "9_3ecb", C);

    private static final String DATA = "# invented\n" + CoverageJudgments.HEADER + "\n"
            + "9ecb\t9_1ecb\t1\t9_2ecb\t1\ttrue\tmagnitude: 6.1 vs 6.4\tmanual\tnumber\treal\t\t\n"
            + "9ecb\t9_2ecb\t1\t9_1ecb\t2\ttrue\tmagnitude: 6.1 vs 6.4\tmanual\tnumber\tsame, stated again\t\t\n"
            + "9ecb\t9_1ecb\t1\t9_3ecb\t4\ttrue\tmagnitude: 6.1 vs 6.4\tmanual\tnumber\treal\t\t\n"
            + "9ecb\t9_2ecb\t0\t9_3ecb\t4\ttrue\tday: Friday vs Monday\tmanual\tdate\treal\t\t\n"
            + "9ecb\t9_2ecb\t1\t9_3ecb\t4\tfalse\tcompatible-bounds\tbaseline\tnumber\tat least 12 vs 12\t\t\n";

    @Test
    void keyIsTheSameWhicheverOrderTheEndsComeIn() {
        assertThat(CoverageJudgments.Key.of("9ecb", "9_2ecb", "1", "9_1ecb", "2"))
                .isEqualTo(CoverageJudgments.Key.of("9ecb", "9_1ecb", "2", "9_2ecb", "1"))
                .hasToString("9ecb\t9_1ecb\t2\t9_2ecb\t1");
    }

    @Test
    void aSentenceIsLocatedWhateverItsSpacingOrSplitting() {
        // tokenised spacing, and a splitter that keeps only part of a unit
        assertThat(A.locate("A magnitude 6.1 earthquake struck Brisk on Friday, killing 12 people.")).isEqualTo("1");
        assertThat(B.locate("Rescuers searched the rubble.")).isEqualTo("1");
        // a splitter that joins two units: the first one it contains
        assertThat(A.locate("Quake hits Brisk harbour. A magnitude 6.1 earthquake struck Brisk on Friday, killing 12 people."))
                .isEqualTo("0");
        assertThat(A.locate("Nothing like it.")).isNull();
    }

    @Test
    void aConflictGivesOneKeyPerPairOfSentencesInDifferentArticlesOnDifferentSides() {
        List<CoverageJudgments.Side> sides = List.of(
                new CoverageJudgments.Side(List.of("9_1ecb"), List.of("A magnitude 6.1 earthquake struck Brisk on Friday, killing 12 people.")),
                new CoverageJudgments.Side(List.of("9_2ecb", "9_3ecb"), List.of(
                        "The 6.4-magnitude quake killed at least 12 people in Brisk.",
                        "Officials said 12 people died when the 6.4 quake hit on Friday.")));
        assertThat(CoverageJudgments.keys("9ecb", sides, DOCS)).containsExactly(
                CoverageJudgments.Key.of("9ecb", "9_1ecb", "1", "9_2ecb", "1"),
                CoverageJudgments.Key.of("9ecb", "9_1ecb", "1", "9_3ecb", "4"));
    }

    @Test
    void scoresPrecisionOverJudgedKeysAndRecallOverTrueDisagreements() throws IOException {
        Map<CoverageJudgments.Key, CoverageJudgments.Judgment> judged = CoverageJudgments.read(new StringReader(DATA));
        assertThat(judged).hasSize(5);
        Map<CoverageJudgments.Key, Set<String>> reported = new TreeMap<>();
        // the same disagreement as a judged row, reported from its other sentence and as another kind
        reported.put(CoverageJudgments.Key.of("9ecb", "9_1ecb", "2", "9_2ecb", "1"), Set.of("date"));
        reported.put(CoverageJudgments.Key.of("9ecb", "9_3ecb", "4", "9_2ecb", "1"), Set.of("number"));
        reported.put(CoverageJudgments.Key.of("9ecb", "9_1ecb", "0", "9_2ecb", "0"), Set.of("name"));
        CoverageJudgments.Score s = CoverageJudgments.score(reported, judged.values());
        assertThat(s.keys()).isEqualTo(3);
        assertThat(s.judged()).isEqualTo(2);
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        // two true disagreements (the magnitude, stated by three pairs of sentences, and the day);
        // the magnitude is found through a pair that states it again
        assertThat(s.disagreements()).isEqualTo(2);
        assertThat(s.found()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.facts()).isEqualTo(2);
        assertThat(s.factsFound()).isEqualTo(1);
        assertThat(s.kindAgrees()).isZero();
        assertThat(s.unjudged()).containsExactly(CoverageJudgments.Key.of("9ecb", "9_1ecb", "0", "9_2ecb", "0"));
        assertThat(s.falseByLabel()).containsEntry("compatible-bounds", 1);
    }

    @Test
    void theBaselineNameKindAgreesWithAJudgedPersonOrPlace() {
        assertThat(CoverageJudgments.kindMatches("name", "place")).isTrue();
        assertThat(CoverageJudgments.kindMatches("number", "date/number")).isTrue();
        assertThat(CoverageJudgments.kindMatches("date", "number")).isFalse();
    }

    @Test
    void aRowWithoutAVerdictIsRefused() {
        assertThatThrownBy(() -> CoverageJudgments.read(new StringReader(CoverageJudgments.HEADER
                + "\n9ecb\t9_1ecb\t1\t9_2ecb\t1\t?\t\tbaseline\tnumber\t\t\t\n"))).isInstanceOf(IOException.class);
    }
}
