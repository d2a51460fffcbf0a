package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.report.ReportFixtures.claim;
import static org.crosscheck.report.ReportFixtures.group;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    @Test
    void prefersCorroboratedClaimsAndNeverUsesDisputedOnes() {
        var lead = group("g1", ClaimStatus.CORROBORATED, 3,
                claim("c1", "a1", "A fire destroyed the Varden grain store on Sunday night.", 0, null, "Varden"),
                claim("c2", "a2", "The Varden grain store burned down late on Sunday.", 0, null, "Varden"),
                claim("c3", "a3", "Fire gutted the grain store in Varden on Sunday.", 0, null, "Varden"));
        var disputed = group("g2", ClaimStatus.DISPUTED, 2,
                claim("c4", "a1", "Twelve firefighters attended the blaze.", 60, null),
                claim("c5", "a2", "Twenty firefighters attended the blaze.", 60, null));
        var single = group("g3", ClaimStatus.SINGLE_SOURCE, 1,
                claim("c6", "a3", "Chief Officer Lina Moss praised the crews.", 80, null, "Lina Moss"));

        List<SummarySentence> summary = summarizer.summarize(List.of(single, disputed, lead), List.of("a1", "a2", "a3"));

        assertThat(summary).extracting(SummarySentence::claimId).containsExactly("g1", "g3");
        assertThat(summary.get(0).text()).isEqualTo("A fire destroyed the Varden grain store on Sunday night.");
    }

    @Test
    void keepsAtMostFiveSentencesWithoutNearRepeats() {
        List<ClaimGroup> groups = new ArrayList<>();
        String[] facts = {"The harbour bridge closed for repairs.", "Engineers found cracked cables.",
            "Buses will replace the trams.", "The council set aside two million crowns.",
            "Works should end before winter.", "Shops near the quay expect fewer visitors.",
            "The harbour bridge closed for urgent repairs."};
        for (int i = 0; i < facts.length; i++) {
            groups.add(group("g" + i, ClaimStatus.CORROBORATED, 2,
                    claim("c" + i + "a", "a1", facts[i], i * 50, null), claim("c" + i + "b", "a2", facts[i], i * 50, null)));
        }

        List<SummarySentence> summary = summarizer.summarize(groups, List.of("a1", "a2"));

        assertThat(summary).hasSize(5);
        assertThat(summary).extracting(SummarySentence::text)
                .doesNotContain("The harbour bridge closed for urgent repairs.")
                .startsWith("The harbour bridge closed for repairs.");
    }

    @Test
    void prefersReportedFactsToDirectQuotations() {
        List<ClaimGroup> groups = new ArrayList<>();
        groups.add(group("q", ClaimStatus.SINGLE_SOURCE, 1,
                claim("cq", "a1", "\u201cIt sounded like thunder,\u201d said the baker Ivo Lund.", 0, null, "Ivo Lund")));
        String[] facts = {"The Varden grain store burned down late on Sunday.", "Crews from three towns fought the flames.",
            "The owners estimate the loss at four million crowns.", "Police have ruled out arson.",
            "The store will not reopen this year."};
        for (int i = 0; i < facts.length; i++) {
            groups.add(group("f" + i, ClaimStatus.SINGLE_SOURCE, 1, claim("c" + i, "a1", facts[i], 100 + i * 60, null)));
        }

        List<SummarySentence> summary = summarizer.summarize(groups, List.of("a1"));

        assertThat(summary).hasSize(5).extracting(SummarySentence::claimId).doesNotContain("q");
    }
}
