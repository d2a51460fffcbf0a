package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outlet network made from story report objects written by hand. */
class OutletTallyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode story(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Wire w1 at 0 h; Ledger copies it (l1, 2 h); Gazette rewrites it (g1, 5 h), as close word for word to
     * the copy as to the wire and by chance closer to the copy in meaning; Digest copies the Gazette with small edits (d1, 7 h), a rewrite of the wire in meaning only.
     */
    private static final JsonNode CHAIN = story("""
            {'id': 's1', 'title': 'Chain', 'articleIds': ['w1', 'l1', 'g1', 'd1'],
             'outlets': [
               {'outlet': 'Wire', 'articleIds': ['w1'], 'role': 'originator', 'first': '2026-01-01T08:00:00Z', 'lagHours': 0.0},
               {'outlet': 'Ledger', 'articleIds': ['l1'], 'role': 'copier', 'first': '2026-01-01T10:00:00Z', 'lagHours': 2.0},
               {'outlet': 'Gazette', 'articleIds': ['g1'], 'role': 'rewriter', 'first': '2026-01-01T13:00:00Z', 'lagHours': 5.0},
               {'outlet': 'Digest', 'articleIds': ['d1'], 'role': 'copier', 'first': '2026-01-01T15:00:00Z', 'lagHours': 7.0}],
             'provenance': [
               {'from': 'w1', 'to': 'l1', 'kind': 'duplicate', 'direction': 'date', 'copiedShare': 1.0, 'share': 1.0, 'fromShare': 1.0},
               {'from': 'w1', 'to': 'g1', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.31, 'share': 0.7, 'fromShare': 0.9},
               {'from': 'l1', 'to': 'g1', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.33, 'share': 0.9, 'fromShare': 0.9},
               {'from': 'w1', 'to': 'd1', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.3, 'share': 1.0, 'fromShare': 0.9},
               {'from': 'g1', 'to': 'd1', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.96, 'share': 0.97, 'fromShare': 1.0}],
             'claims': [
               {'id': 'c1', 'status': 'single-source', 'support': [{'articleId': 'w1'}, {'articleId': 'l1'}, {'articleId': 'g1'}, {'articleId': 'd1'}]}]}
            """);

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
    void anUndecidedLinkIsTurnedTheWayTheOutletsDecidedLinksPoint() {
        JsonNode decided = story("""
                {'id': 's2', 'title': 'Decided', 'articleIds': ['w2', 'v2'],
                 'outlets': [{'outlet': 'Wire', 'articleIds': ['w2'], 'role': 'originator'},
                             {'outlet': 'Courier', 'articleIds': ['v2'], 'role': 'copier'}],
                 'provenance': [{'from': 'w2', 'to': 'v2', 'kind': 'duplicate', 'direction': 'containment', 'share': 1.0, 'fromShare': 0.8}]}
                """);
        JsonNode undecided = story("""
                {'id': 's3', 'title': 'Undecided', 'articleIds': ['v3', 'w3'],
                 'outlets': [{'outlet': 'Courier', 'articleIds': ['v3'], 'role': 'originator', 'first': '2026-01-05'},
                             {'outlet': 'Wire', 'articleIds': ['w3'], 'role': 'copier', 'first': '2026-01-05T09:00:00Z'}],
                 'provenance': [{'from': 'v3', 'to': 'w3', 'kind': 'duplicate', 'direction': 'undecided', 'share': 1.0, 'fromShare': 1.0}]}
                """);
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
        JsonNode story = story("""
                {'id': 's4', 'title': 'Partial', 'articleIds': ['a4', 'b4', 'u4'],
                 'outlets': [{'outlet': 'Alpha', 'articleIds': ['a4'], 'role': 'originator', 'lagHours': 0.0},
                             {'outlet': 'Beta', 'articleIds': ['b4'], 'role': 'independent', 'lagHours': 3.0},
                             {'outlet': 'unknown', 'articleIds': ['u4'], 'role': 'copier'}],
                 'provenance': [{'from': 'a4', 'to': 'b4', 'kind': 'partial', 'direction': 'date', 'share': 0.3},
                                {'from': 'a4', 'to': 'u4', 'kind': 'duplicate', 'direction': 'date', 'share': 1.0}],
                 'claims': [
                   {'id': 'c1', 'status': 'corroborated', 'support': [{'articleId': 'a4'}, {'articleId': 'b4'}]},
                   {'id': 'c2', 'status': 'single-source', 'support': [{'articleId': 'b4'}]},
                   {'id': 'c3', 'status': 'disputed', 'support': [{'articleId': 'b4'}, {'articleId': 'u4'}]}]}
                """);
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
            tally.add(story("{'id': '" + s[0] + "', 'title': 't', 'articleIds': ['x" + s[0] + "', 'y" + s[0] + "'], 'outlets': ["
                    + "{'outlet': 'Early', 'articleIds': ['x" + s[0] + "'], 'role': 'originator', 'lagHours': 0.0},"
                    + "{'outlet': 'Late', 'articleIds': ['y" + s[0] + "'], 'role': 'independent', 'lagHours': " + s[1] + "}]}"));
        }
        tally.add(story("{'id': 's7', 'title': 't', 'articleIds': ['z7'], 'outlets': ["
                + "{'outlet': 'Late', 'articleIds': ['z7'], 'role': 'originator', 'lagHours': 0.0}]}"));
        OutletFigures late = tally.network().outlet("Late").orElseThrow();
        assertThat(late.stories()).isEqualTo(3);
        assertThat(late.medianLagHours()).as("its story alone says nothing of its lag").isEqualTo(2.5);
    }

    /** A two-article story: {@code from} of outlet {@code fromOutlet} with one link of the given kind to {@code to}. */
    private static JsonNode pairStory(String id, String fromOutlet, String from, String toOutlet, String to, String kind) {
        return story("{'id': '" + id + "', 'title': 't', 'articleIds': ['" + from + "', '" + to + "'], 'outlets': ["
                + "{'outlet': '" + fromOutlet + "', 'articleIds': ['" + from + "'], 'role': 'originator'},"
                + "{'outlet': '" + toOutlet + "', 'articleIds': ['" + to + "'], 'role': 'rewriter'}],"
                + "'provenance': [{'from': '" + from + "', 'to': '" + to + "', 'kind': '" + kind + "', 'direction': 'date',"
                + " 'copiedShare': 0.9, 'share': 0.9, 'fromShare': 0.9}]}");
    }

    /**
     * Wire w8; Gazette g8 rewrites it changing few words; Digest d8 copies the Gazette, and so is as
     * close word for word to the wire: the text cannot tell which it took. Elsewhere Digest copies
     * Gazette twice and never the wire, so d8 counts toward the Gazette, not toward the earlier wire.
     */
    @Test
    void aSourceTheTextCannotTellIsTheOneTheOutletTakesFromElsewhere() {
        JsonNode tie = story("""
                {'id': 's8', 'title': 'Tie', 'articleIds': ['w8', 'g8', 'd8'],
                 'outlets': [{'outlet': 'Wire', 'articleIds': ['w8'], 'role': 'originator'},
                             {'outlet': 'Gazette', 'articleIds': ['g8'], 'role': 'rewriter'},
                             {'outlet': 'Digest', 'articleIds': ['d8'], 'role': 'rewriter'}],
                 'provenance': [
                   {'from': 'w8', 'to': 'g8', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.8, 'share': 1.0, 'fromShare': 1.0},
                   {'from': 'w8', 'to': 'd8', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.8, 'share': 1.0, 'fromShare': 1.0},
                   {'from': 'g8', 'to': 'd8', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.85, 'share': 1.0, 'fromShare': 1.0}]}
                """);
        OutletTally tally = new OutletTally().add(tie)
                .add(pairStory("s9", "Gazette", "g9", "Digest", "d9", "duplicate"))
                .add(pairStory("s10", "Gazette", "g10", "Digest", "d10", "duplicate"));
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
        JsonNode siblings = story("""
                {'id': 's11', 'title': 'Siblings', 'articleIds': ['w11', 'g11', 'b11'],
                 'outlets': [{'outlet': 'Wire', 'articleIds': ['w11'], 'role': 'originator'},
                             {'outlet': 'Gazette', 'articleIds': ['g11'], 'role': 'rewriter'},
                             {'outlet': 'Daily', 'articleIds': ['b11'], 'role': 'rewriter'}],
                 'provenance': [
                   {'from': 'w11', 'to': 'g11', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.2, 'share': 0.7, 'fromShare': 0.7},
                   {'from': 'w11', 'to': 'b11', 'kind': 'partial', 'direction': 'date', 'copiedShare': 0.1, 'share': 0.3, 'fromShare': 0.3},
                   {'from': 'g11', 'to': 'b11', 'kind': 'rewrite', 'direction': 'date', 'copiedShare': 0.2, 'share': 0.6, 'fromShare': 0.6}]}
                """);
        OutletTally tally = new OutletTally().add(siblings)
                .add(pairStory("s12", "Wire", "w12", "Daily", "b12", "rewrite"))
                .add(pairStory("s13", "Wire", "w13", "Daily", "b13", "rewrite"));
        OutletNetwork network = tally.network();
        assertThat(network.edges()).containsExactlyInAnyOrder(new OutletEdge("Wire", "Daily", 3), new OutletEdge("Wire", "Gazette", 1));
        assertThat(tally.sources()).containsEntry("b11", "w11");
        assertThat(network.outlet("Daily").orElseThrow().originalShare()).as("still derived").isZero();

        OutletNetwork alone = new OutletTally().add(siblings).network();
        assertThat(alone.edges()).as("with no record elsewhere the text's pick stands").contains(new OutletEdge("Gazette", "Daily", 1));
    }
}
