package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.crosscheck.report.ReportFixtures.claim;
import static org.crosscheck.report.ReportFixtures.day;
import static org.crosscheck.report.ReportFixtures.group;

import java.util.List;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.claims.DateMention;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final Timeline timeline = new Timeline();

    @Test
    void ordersDatedGroupsByDateAndSkipsUndatedOnes() {
        var reopened = group("g2", ClaimStatus.SINGLE_SOURCE, 1,
                claim("c2", "a1", "The ferry line reopened on March 9.", 40, day(2025, 3, 9)));
        var closed = group("g1", ClaimStatus.CORROBORATED, 2,
                claim("c1", "a1", "The ferry line closed on March 4.", 0, day(2025, 3, 4)),
                claim("c3", "a2", "Ferries stopped running on March 4.", 0, day(2025, 3, 4)));
        var undated = group("g3", ClaimStatus.SINGLE_SOURCE, 1,
                claim("c4", "a2", "Commuters were angry.", 50, null));

        List<TimelineEntry> entries = timeline.build(List.of(reopened, closed, undated));

        assertThat(entries).extracting(e -> e.date().toString()).containsExactly("2025-03-04", "2025-03-09");
        assertThat(entries.get(0).claimIds()).containsExactly("g1");
        assertThat(entries.get(0).text()).isEqualTo("The ferry line closed on March 4.");
    }

    @Test
    void takesTheDateMostSupportersGiveAndMarksDisputes() {
        var g = group("g1", ClaimStatus.DISPUTED, 2,
                claim("c1", "a1", "The ferry line closed in March.", 0, PartialDate.ofMonth(2025, 3)),
                claim("c2", "a2", "The ferry line closed on March 4.", 0, day(2025, 3, 4)),
                claim("c3", "a3", "The ferry line shut on March 4.", 0, day(2025, 3, 4)));

        TimelineEntry entry = timeline.build(List.of(g)).get(0);

        assertThat(entry.date()).isEqualTo(day(2025, 3, 4));
        assertThat(entry.disputed()).isTrue();
    }

    @Test
    void ignoresADateOnlyAMinorityOfTheGroupStates() {
        var g = group("g1", ClaimStatus.CORROBORATED, 3,
                claim("c1", "a1", "Nine people were hurt in the fire.", 0, null),
                claim("c2", "a2", "Nine people were hurt in the blaze.", 0, null),
                claim("c3", "a3", "The hospital said on Thursday that nine people were hurt in the fire.", 0, day(2025, 3, 6)));

        assertThat(timeline.build(List.of(g))).isEmpty();
    }

    @Test
    void everyDateOfASentenceIsAnEventAtThePrecisionTheTextGives() {
        String text = "The throne was delivered to the capital in February after the leader's visit last September.";
        var g = group("g1", ClaimStatus.SINGLE_SOURCE, 1, ReportFixtures.claim("c1", "a1", text, List.of(
                new DateMention("February", PartialDate.ofMonth(2024, 2)),
                new DateMention("last September", PartialDate.ofMonth(2023, 9)))));

        assertThat(timeline.build(List.of(g))).extracting(e -> e.date().toString(), TimelineEntry::text)
                .containsExactly(tuple("2023-09", text), tuple("2024-02", text));

        // claims that merely give the group different days are not two events
        String quote = "Our priority tonight is the people who were hurt.";
        var differing = group("g2", ClaimStatus.CORROBORATED, 2,
                claim("c2", "a1", quote, 0, day(2025, 3, 4)), claim("c3", "a2", quote, 0, day(2025, 3, 5)));
        assertThat(timeline.build(List.of(g, differing))).extracting(e -> e.date().toString())
                .containsExactly("2023-09", "2024-02", "2025-03-04");
    }

    @Test
    void aDateReadOnlyAgainstTheStorysDateIsInferred() {
        var borrowed = group("g1", ClaimStatus.SINGLE_SOURCE, 1, ReportFixtures.claim("c1", "undated",
                "The pier opened on Friday.", List.of(new DateMention("Friday", day(2025, 3, 7), true))));
        var both = group("g2", ClaimStatus.CORROBORATED, 2,
                ReportFixtures.claim("c2", "undated", "The pier closed on Monday.",
                        List.of(new DateMention("Monday", day(2025, 3, 10), true))),
                ReportFixtures.claim("c3", "dated", "The pier shut on Monday.",
                        List.of(new DateMention("Monday", day(2025, 3, 10)))));

        List<TimelineEntry> entries = timeline.build(List.of(borrowed, both));

        assertThat(entries).extracting(e -> e.date().toString(), TimelineEntry::inferred)
                .containsExactly(tuple("2025-03-07", true), tuple("2025-03-10", false));
    }

    @Test
    void groupsOfOneDateThatNameAnEntityInCommonAreOneEvent() {
        var delivered = group("g1", ClaimStatus.CORROBORATED, 2,
                claim("c1", "a1", "The Orrin Psalter was delivered to Tarnholm in February.", 0, PartialDate.ofMonth(2025, 2), "Tarnholm"),
                claim("c2", "a2", "The psalter reached Tarnholm in February.", 0, PartialDate.ofMonth(2025, 2), "Tarnholm"));
        var cameBack = group("g2", ClaimStatus.SINGLE_SOURCE, 1,
                claim("c3", "a3", "It came back to Tarnholm in February.", 0, PartialDate.ofMonth(2025, 2), "Tarnholm"));
        var elsewhere = group("g3", ClaimStatus.SINGLE_SOURCE, 1,
                claim("c4", "a3", "A storm closed the port of Verrin in February.", 40, PartialDate.ofMonth(2025, 2), "Verrin"));

        List<TimelineEntry> entries = timeline.build(List.of(cameBack, delivered, elsewhere));

        assertThat(entries).extracting(TimelineEntry::text).containsExactlyInAnyOrder(
                "The Orrin Psalter was delivered to Tarnholm in February.", "A storm closed the port of Verrin in February.");
        assertThat(entries).filteredOn(e -> e.text().contains("Psalter")).singleElement()
                .satisfies(e -> assertThat(e.claimIds()).containsExactlyInAnyOrder("g1", "g2"));
    }
}
