package org.crosscheck.bench.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictLexicalBaselineTest {

    private static final String FIRST = "Ferry services to Brisk were halted on Friday after the storm.\n\n"
            + "Harbour master Oren Falk said 14 boats were damaged in the night.\n\n"
            + "The pier will reopen in March.";

    private static List<String> kinds(String second) {
        return new ConflictLexicalBaseline().conflicts("a", FIRST, "b", second).stream().map(ConflictScore.Reported::kind).toList();
    }

    @Test
    void identicalArticlesHaveNoConflict() {
        assertThat(kinds(FIRST)).isEmpty();
    }

    @Test
    void eachKindOfDifferenceIsReportedOnTheAlignedPair() {
        assertThat(kinds(FIRST.replace("Friday", "Monday"))).containsExactly("date");
        assertThat(kinds(FIRST.replace("14 boats", "40 boats"))).containsExactly("number");
        assertThat(kinds(FIRST.replace("Oren Falk", "Ilsa Vorn"))).containsExactly("name");
        assertThat(kinds(FIRST.replace("will reopen", "will not reopen"))).containsExactly("negation");
    }

    @Test
    void aRewordingWithTheSameSlotsIsNoConflictAndAnUnrelatedParagraphIsNotAligned() {
        assertThat(kinds(FIRST.replace("halted", "stopped") + "\n\nVolunteers handed out blankets at the town hall.")).isEmpty();
    }

    @Test
    void sidesNameBothArticlesAndTheirParagraphs() {
        List<ConflictScore.Reported> r = new ConflictLexicalBaseline().conflicts("a", FIRST, "b", FIRST.replace("March", "May"));
        assertThat(r).hasSize(1);
        assertThat(r.get(0).sides()).extracting(ConflictScore.Side::articleId).containsExactly("a", "b");
        assertThat(r.get(0).sides().get(1).sentences()).containsExactly("The pier will reopen in May.");
    }
}
