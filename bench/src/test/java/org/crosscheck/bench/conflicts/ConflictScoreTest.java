package org.crosscheck.bench.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictScoreTest {

    private static final String SOURCE = "The mayor of Holmgate opened the ferry pier on Friday.";
    private static final String DERIVED = "The mayor of Holmgate opened the ferry pier on Monday.";
    private static final ConflictScore.Gold DATE = new ConflictScore.Gold("date", "a", SOURCE, "b", DERIVED);
    private static final ConflictScore.Gold HARMLESS = new ConflictScore.Gold(null, "a", null, "b", null);

    private static ConflictScore.Reported reported(String kind, String first, String second) {
        return new ConflictScore.Reported(kind, List.of(new ConflictScore.Side("a", List.of(first)),
                new ConflictScore.Side("b", List.of(second))));
    }

    private static ConflictScore score() {
        return new ConflictScore(List.of("date", "number", "person", "place", "negation", "action"));
    }

    @Test
    void aConflictOfThePlantedKindOnThePlantedSentenceIsFound() {
        ConflictScore s = score();
        s.add(DATE, List.of(reported("date", SOURCE, DERIVED)));
        assertThat(s.kind("date").found).isEqualTo(1);
        assertThat(s.kind("date").planted).isEqualTo(1);
        assertThat(s.overall().falsePositives).isZero();
        assertThat(s.overall().precision()).isEqualTo(1.0);
        assertThat(s.overall().recall()).isEqualTo(1.0);
    }

    @Test
    void aSideThatHoldsThePlantedSentenceInsideALongerOneCovers() {
        ConflictScore s = score();
        s.add(DATE, List.of(reported("date", "Crowds came.  " + SOURCE, DERIVED.substring(0, DERIVED.length() - 1))));
        assertThat(s.kind("date").found).isEqualTo(1);
    }

    @Test
    void nothingReportedIsAMissAndNoFalsePositive() {
        ConflictScore s = score();
        s.add(DATE, List.of());
        assertThat(s.kind("date").found).isZero();
        assertThat(s.overall().recall()).isZero();
        assertThat(s.overall().falsePositives).isZero();
    }

    @Test
    void wrongKindOffSentenceHarmlessAndSecondReportsAreFalsePositives() {
        ConflictScore s = score();
        s.add(DATE, List.of(reported("number", SOURCE, DERIVED), reported("date", SOURCE, DERIVED),
                reported("date", SOURCE, DERIVED), reported("date", "The pier cost a lot.", "The pier cost little.")));
        s.add(HARMLESS, List.of(reported("person", SOURCE, SOURCE)));
        assertThat(s.kind("date").found).isEqualTo(1);
        assertThat(s.kind("date").falsePositives).isEqualTo(2);
        assertThat(s.kind("number").falsePositives).isEqualTo(1);
        assertThat(s.kind("person").falsePositives).isEqualTo(1);
        assertThat(s.overall().falsePositives).isEqualTo(4);
        assertThat(s.wrongKind).isEqualTo(2); // the number and the second date on the planted sentence
        assertThat(s.offSentence).isEqualTo(1);
        assertThat(s.onHarmless).isEqualTo(1);
        assertThat(s.kind("date").precision()).isEqualTo(1.0 / 3);
        assertThat(s.overall().precision()).isEqualTo(1.0 / 5);
        assertThat(s.overall().recall()).isEqualTo(1.0);
    }

    @Test
    void sidesMustComeFromBothArticles() {
        ConflictScore s = score();
        s.add(DATE, List.of(new ConflictScore.Reported("date", List.of(new ConflictScore.Side("a", List.of(SOURCE)),
                new ConflictScore.Side("c", List.of(DERIVED))))));
        assertThat(s.kind("date").found).isZero();
        assertThat(s.offSentence).isEqualTo(1);
    }

    @Test
    void aNameConflictMatchesAPlantedPersonOrPlace() {
        ConflictScore s = score();
        s.add(new ConflictScore.Gold("place", "a", SOURCE, "b", DERIVED), List.of(reported("name", SOURCE, DERIVED)));
        s.add(HARMLESS, List.of(reported("name", SOURCE, DERIVED)));
        assertThat(s.kind("place").found).isEqualTo(1);
        assertThat(s.kind("person").falsePositives).isEqualTo(1);
        assertThat(s.kind("place").falsePositives).isEqualTo(1);
        assertThat(s.overall().falsePositives).isEqualTo(1);
    }
}
