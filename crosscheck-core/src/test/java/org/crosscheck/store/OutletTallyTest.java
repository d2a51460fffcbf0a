package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.report.OutletRole;
import org.crosscheck.report.StoryOutlet;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The outlet network made from story reports written by hand. */
class OutletTallyTest {

    private static StoryOutlet outlet(String name, OutletRole role, String first, Double lagHours, String... ids) {
        return new StoryOutlet(name, List.of(ids), role, first == null ? null : PartialDate.parseIso(first).orElseThrow(), lagHours,
                List.of(), List.of(), List.of());
    }

    private static Derivation link(String from, String to, ReuseKind kind, DirectionBasis basis, double copiedShare, double toShare,
                                   double fromShare) {
        return new Derivation(new ReuseLink(from, to, kind, toShare), basis, fromShare, toShare, copiedShare);
    }

    /** A claim group each of whose articles states it once. */
    private static ClaimGroup group(String id, ClaimStatus status, String... articleIds) {
        List<Claim> claims = new ArrayList<>();
        for (String a : articleIds) {
            claims.add(new Claim(id + "-" + a, a, "It happened.", 0, 12, null, null, null, false, false, null, List.of(), List.of(), List.of()));
        }
        return new ClaimGroup(id, "It happened.", claims, articleIds.length, 1, status);
    }

    private static StoryReport story(String id, List<String> articleIds, List<StoryOutlet> outlets, List<Derivation> links,
                                     ClaimGroup... groups) {
        return new StoryReport(id, "Story " + id, articleIds, List.of(), Arrays.asList(groups), List.of(), List.of(), List.of(), links,
                Map.of(), outlets);
    }

    /**
     * Wire w1 at 0 h; Ledger copies it (l1, 2 h); Gazette rewrites it (g1, 5 h), as close word for word to
     * the copy as to the wire and by chance closer to the copy in meaning; Digest copies the Gazette with small edits (d1, 7 h), a rewrite of the wire in meaning only.
     */
    private static final StoryReport CHAIN = story("s1", List.of("w1", "l1", "g1", "d1"),
            List.of(outlet("Wire", OutletRole.ORIGINATOR, "2026-01-01T08:00:00Z", 0.0, "w1"),
                    outlet("Ledger", OutletRole.COPIER, "2026-01-01T10:00:00Z", 2.0, "l1"),
                    outlet("Gazette", OutletRole.REWRITER, "2026-01-01T13:00:00Z", 5.0, "g1"),
                    outlet("Digest", OutletRole.COPIER, "2026-01-01T15:00:00Z", 7.0, "d1")),
            List.of(link("w1", "l1", ReuseKind.DUPLICATE, DirectionBasis.DATE, 1.0, 1.0, 1.0),
                    link("w1", "g1", ReuseKind.REWRITE, DirectionBasis.DATE, 0.31, 0.7, 0.9),
                    link("l1", "g1", ReuseKind.REWRITE, DirectionBasis.DATE, 0.33, 0.9, 0.9),
                    link("w1", "d1", ReuseKind.REWRITE, DirectionBasis.DATE, 0.3, 1.0, 0.9),
                    link("g1", "d1", ReuseKind.REWRITE, DirectionBasis.DATE, 0.96, 0.97, 1.0)),
            group("c1", ClaimStatus.SINGLE_SOURCE, "w1", "l1", "g1", "d1"));

    @Test
    void eachDerivedArticleCountsOnceTowardItsNearestSource() {
        OutletNetwork network = new OutletTally().add(CHAIN).network();
        assertThat(network.edges()).containsExactlyInAnyOrder(
                new OutletEdge("Wire", "Ledger", 1), new OutletEdge("Wire", "Gazette", 1), new OutletEdge("Gazette", "Digest", 1));
        assertThat(network.outlet("Wire").orElseThrow().originalShare()).isEqualTo(1.0);
        assertThat(network.outlet("Digest").orElseThrow().originalShare()).isZero();
        assertThat(network.outlet("Digest").orElseThrow().derivesFrom()).containsExactly(new OutletEdge("Gazette", "Digest", 1));
        assertThat(network.outlet("Gazette").orElseThrow().medianLagHours()).isEqualTo(5.0);
        assertThat(network.storiesRepeating()).as("every article after the wire's repeats its one claim").isEqualTo(1);
        assertThat(new OutletTally().add(CHAIN).sources()).as("read only once the network is made").isEmpty();
    }

    @Test
    void sharesAreComparedAsTheReportWritesThem() {
        // 0.3496 and 0.4504 are more than 0.1 apart unrounded, but 0.35 and 0.45 as written are not: both are near, the earlier wins
        StoryReport story = story("s8", List.of("w8", "x8", "d8"),
                List.of(outlet("Wire", OutletRole.ORIGINATOR, null, null, "w8"), outlet("Express", OutletRole.REWRITER, null, null, "x8"),
                        outlet("Digest", OutletRole.REWRITER, null, null, "d8")),
                List.of(link("w8", "d8", ReuseKind.REWRITE, DirectionBasis.DATE, 0.3496, 0.9, 0.9),
                        link("x8", "d8", ReuseKind.REWRITE, DirectionBasis.DATE, 0.4504, 0.9, 0.9)));
        OutletTally tally = new OutletTally().add(story);
        tally.network();
        assertThat(tally.sources()).containsEntry("d8", "w8");
    }

    @Test
    void anUndecidedLinkIsTurnedTheWayTheOutletsDecidedLinksPoint() {
        StoryReport decided = story("s2", List.of("w2", "v2"),
                List.of(outlet("Wire", OutletRole.ORIGINATOR, null, null, "w2"), outlet("Courier", OutletRole.COPIER, null, null, "v2")),
                List.of(link("w2", "v2", ReuseKind.DUPLICATE, DirectionBasis.CONTAINMENT, 1.0, 1.0, 0.8)));
        StoryReport undecided = story("s3", List.of("v3", "w3"),
                List.of(outlet("Courier", OutletRole.ORIGINATOR, "2026-01-05", null, "v3"),
                        outlet("Wire", OutletRole.COPIER, "2026-01-05T09:00:00Z", null, "w3")),
                List.of(link("v3", "w3", ReuseKind.DUPLICATE, DirectionBasis.UNDECIDED, 1.0, 1.0, 1.0)));
        OutletNetwork network = new OutletTally().add(decided).add(undecided).network();
        assertThat(network.edges()).containsExactly(new OutletEdge("Wire", "Courier", 2));
        assertThat(network.outlet("Wire").orElseThrow().originalShare()).isEqualTo(1.0);
        assertThat(network.outlet("Courier").orElseThrow().originalShare()).isZero();
        assertThat(network.storiesOf("Wire")).extracting(OutletStory::role).containsExactly("originator", "originator");
        assertThat(network.storiesOf("Courier")).extracting(OutletStory::role).containsExactly("copier", "copier");

        OutletNetwork alone = new OutletTally().add(undecided).network();
        assertThat(alone.edges()).as("with no decided record the story's own direction stands")
                .containsExactly(new OutletEdge("Courier", "Wire", 1));
    }

    @Test
    void partialReuseUnknownOutletsAndClaimsAreCountedApart() {
        StoryReport story = story("s4", List.of("a4", "b4", "u4"),
                List.of(outlet("Alpha", OutletRole.ORIGINATOR, null, 0.0, "a4"), outlet("Beta", OutletRole.INDEPENDENT, null, 3.0, "b4"),
                        outlet("unknown", OutletRole.COPIER, null, null, "u4")),
                List.of(link("a4", "b4", ReuseKind.PARTIAL, DirectionBasis.DATE, 0.3, 0.3, 0.3),
                        link("a4", "u4", ReuseKind.DUPLICATE, DirectionBasis.DATE, 1.0, 1.0, 1.0)),
                group("c1", ClaimStatus.CORROBORATED, "a4", "b4"), group("c2", ClaimStatus.SINGLE_SOURCE, "b4"),
                group("c3", ClaimStatus.DISPUTED, "b4", "u4"));
        OutletNetwork network = new OutletTally().add(story).network();
        assertThat(network.edges()).as("a partial reuse derives nothing; unknown is no outlet").isEmpty();
        assertThat(network.outlets()).extracting(OutletFigures::outlet).containsExactly("Alpha", "Beta");
        assertThat(network.unknownArticles()).isEqualTo(1);
        OutletFigures beta = network.outlet("Beta").orElseThrow();
        assertThat(beta.originalShare()).isEqualTo(1.0);
        assertThat(List.of(beta.claims(), beta.corroborated(), beta.singleSource(), beta.disputed())).containsExactly(3, 1, 1, 1);
        assertThat(network.storiesOfSeveral()).isEqualTo(1);
        assertThat(network.storiesRepeating()).as("b4 adds c2 and c3; u4 adds nothing new").isEqualTo(1);
        assertThat(network.outlet("Alpha").orElseThrow().medianLagHours()).isZero();
    }

    @Test
    void theMedianLagIsTakenOverStoriesOfSeveralOutletsOnly() {
        OutletTally tally = new OutletTally();
        for (String[] s : new String[][] {{"s5", "1.0"}, {"s6", "4.0"}}) {
            tally.add(story(s[0], List.of("x" + s[0], "y" + s[0]),
                    List.of(outlet("Early", OutletRole.ORIGINATOR, null, 0.0, "x" + s[0]),
                            outlet("Late", OutletRole.INDEPENDENT, null, Double.parseDouble(s[1]), "y" + s[0])),
                    List.of()));
        }
        tally.add(story("s7", List.of("z7"), List.of(outlet("Late", OutletRole.ORIGINATOR, null, 0.0, "z7")), List.of()));
        OutletFigures late = tally.network().outlet("Late").orElseThrow();
        assertThat(late.stories()).isEqualTo(3);
        assertThat(late.medianLagHours()).as("its story alone says nothing of its lag").isEqualTo(2.5);
    }

    /** A two-article story: {@code from} of outlet {@code fromOutlet} with one link of the given kind to {@code to}. */
    private static StoryReport pairStory(String id, String fromOutlet, String from, String toOutlet, String to, ReuseKind kind) {
        return story(id, List.of(from, to),
                List.of(outlet(fromOutlet, OutletRole.ORIGINATOR, null, null, from), outlet(toOutlet, OutletRole.REWRITER, null, null, to)),
                List.of(link(from, to, kind, DirectionBasis.DATE, 0.9, 0.9, 0.9)));
    }

    /**
     * Wire w8; Gazette g8 rewrites it changing few words; Digest d8 copies the Gazette, and so is as
     * close word for word to the wire: the text cannot tell which it took. Elsewhere Digest copies
     * Gazette twice and never the wire, so d8 counts toward the Gazette, not toward the earlier wire.
     */
    @Test
    void aSourceTheTextCannotTellIsTheOneTheOutletTakesFromElsewhere() {
        StoryReport tie = story("s8", List.of("w8", "g8", "d8"),
                List.of(outlet("Wire", OutletRole.ORIGINATOR, null, null, "w8"),
                        outlet("Gazette", OutletRole.REWRITER, null, null, "g8"),
                        outlet("Digest", OutletRole.REWRITER, null, null, "d8")),
                List.of(link("w8", "g8", ReuseKind.REWRITE, DirectionBasis.DATE, 0.8, 1.0, 1.0),
                        link("w8", "d8", ReuseKind.REWRITE, DirectionBasis.DATE, 0.8, 1.0, 1.0),
                        link("g8", "d8", ReuseKind.REWRITE, DirectionBasis.DATE, 0.85, 1.0, 1.0)));
        OutletTally tally = new OutletTally().add(tie)
                .add(pairStory("s9", "Gazette", "g9", "Digest", "d9", ReuseKind.DUPLICATE))
                .add(pairStory("s10", "Gazette", "g10", "Digest", "d10", ReuseKind.DUPLICATE));
        OutletNetwork network = tally.network();
        assertThat(network.edges()).containsExactlyInAnyOrder(new OutletEdge("Gazette", "Digest", 3), new OutletEdge("Wire", "Gazette", 1));
        assertThat(tally.sources()).containsEntry("d8", "g8");

        OutletNetwork alone = new OutletTally().add(tie).network();
        assertThat(alone.edges()).as("with no record elsewhere the earliest of the alike sources stands")
                .contains(new OutletEdge("Wire", "Digest", 1));
    }

    /**
     * Wire w11; Gazette g11 and Daily b11 each rewrite it. The two paraphrases match each other
     * better than the Daily matches the wire (a partial reuse only), so by the text alone the Daily
     * derives from the Gazette; elsewhere the Daily rewrites the wire twice and never the Gazette:
     * b11 counts toward the wire behind the Gazette, to which it has a link of its own.
     */
    @Test
    void aRewriteOfASiblingRewriteCountsTowardTheirCommonSourceWhenTheOutletTakesFromIt() {
        StoryReport siblings = story("s11", List.of("w11", "g11", "b11"),
                List.of(outlet("Wire", OutletRole.ORIGINATOR, null, null, "w11"),
                        outlet("Gazette", OutletRole.REWRITER, null, null, "g11"),
                        outlet("Daily", OutletRole.REWRITER, null, null, "b11")),
                List.of(link("w11", "g11", ReuseKind.REWRITE, DirectionBasis.DATE, 0.2, 0.7, 0.7),
                        link("w11", "b11", ReuseKind.PARTIAL, DirectionBasis.DATE, 0.1, 0.3, 0.3),
                        link("g11", "b11", ReuseKind.REWRITE, DirectionBasis.DATE, 0.2, 0.6, 0.6)));
        OutletTally tally = new OutletTally().add(siblings)
                .add(pairStory("s12", "Wire", "w12", "Daily", "b12", ReuseKind.REWRITE))
                .add(pairStory("s13", "Wire", "w13", "Daily", "b13", ReuseKind.REWRITE));
        OutletNetwork network = tally.network();
        assertThat(network.edges()).containsExactlyInAnyOrder(new OutletEdge("Wire", "Daily", 3), new OutletEdge("Wire", "Gazette", 1));
        assertThat(tally.sources()).containsEntry("b11", "w11");
        assertThat(network.outlet("Daily").orElseThrow().originalShare()).as("still derived").isZero();

        OutletNetwork alone = new OutletTally().add(siblings).network();
        assertThat(alone.edges()).as("with no record elsewhere the text's pick stands").contains(new OutletEdge("Gazette", "Daily", 1));
    }
}
