package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

class SameEventStoriesTest {

    private static final StoryMergeSettings SETTINGS = new StoryMergeSettings(0.3, 0.0, 7);
    private static final SameEventStories SAME_EVENTS = new SameEventStories(new SentenceEmbedder(), new WordNetLexicon(),
            AlignmentSettings.defaults(), SETTINGS);
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    /** The dam breach, as the first outlet tells it. */
    private static final List<Claim> BREACH_A = List.of(
            claim("a1", "A", "Floodwater burst through the Tamsel dam near Corvin on Sunday night.")
                    .slots("Floodwater", "burst", "the Tamsel dam").place("Corvin").build(),
            claim("a2", "A", "Rescue crews evacuated 300 residents from the village of Lesk.")
                    .slots("Rescue crews", "evacuate", "300 residents").place("Lesk").build());

    /** The same breach, told by another outlet from the evacuation. */
    private static final List<Claim> BREACH_B = List.of(
            claim("b1", "B", "Three hundred residents of Lesk were evacuated by rescue crews overnight.")
                    .slots("rescue crews", "evacuate", "Three hundred residents").place("Lesk").build(),
            claim("b2", "B", "Water burst through the Tamsel dam near Corvin late on Sunday.")
                    .slots("Water", "burst", "the Tamsel dam").place("Corvin").build(),
            claim("b3", "B", "Farmers fear the loss of the autumn harvest.")
                    .slots("Farmers", "fear", "the loss of the autumn harvest").build());

    /** Another event at the same place: the same town, the same rescue crews. */
    private static final List<Claim> FESTIVAL = List.of(
            claim("c1", "C", "The Corvin summer festival opened on Saturday with a parade of boats.")
                    .slots("The Corvin summer festival", "open", null).place("Corvin").build(),
            claim("c2", "C", "Rescue crews from Lesk gave swimming lessons to children at the lake.")
                    .slots("Rescue crews", "give", "swimming lessons").place("Lesk").build());

    private static StoryClaims story(String id, List<Claim> claims, LocalDate day) {
        return new StoryClaims(id, claims, day, day);
    }

    @Test
    void storiesWhoseClaimsStateTheSameFactsAreOneEvent() {
        List<List<Integer>> groups = SAME_EVENTS.groups(List.of(story("breach-a", BREACH_A, DAY), story("festival", FESTIVAL, DAY),
                story("breach-b", BREACH_B, DAY.plusDays(1))));

        assertThat(groups).containsExactly(List.of(0, 2), List.of(1));
    }

    @Test
    void theGroupsAreThoseEveryPairsScoreMakesWhateverTheLeadThreshold() {
        List<StoryClaims> stories = List.of(story("breach-a", BREACH_A, DAY), story("festival", FESTIVAL, DAY),
                story("breach-b", BREACH_B, DAY.plusDays(1)), story("festival-b", List.of(FESTIVAL.get(1), FESTIVAL.get(0)), DAY));
        List<SameEventStories.PairScore> every = SAME_EVENTS.scores(stories);
        for (double lead : new double[] {0.0, 0.3, 0.5, 0.7, 0.9, 1.0}) {
            StoryMergeSettings merge = new StoryMergeSettings(0.3, lead, 7);
            SameEventStories sameEvents = new SameEventStories(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults(),
                    merge);
            assertThat(sameEvents.groups(stories)).as("lead threshold %s; pair scores %s", lead, every)
                    .isEqualTo(SameEventStories.groups(stories.size(), every, merge));
        }
    }

    @Test
    void aStoryNotYetReadMayJoinOnlyAStoryNearInTimeWithASentenceAsCloseAsOneFact() {
        List<String> breachB = BREACH_B.stream().map(Claim::sentence).toList();
        List<String> festival = FESTIVAL.stream().map(Claim::sentence).toList();
        List<StoryClaims> stories = List.of(story("breach-a", BREACH_A, DAY), story("breach-b", List.of(), DAY),
                story("festival", List.of(), DAY), story("breach-b-later", List.of(), DAY.plusDays(30)));

        assertThat(SAME_EVENTS.mayJoin(stories, java.util.Map.of(1, breachB, 2, festival, 3, breachB)))
                .as("the festival has no sentence as close as one fact to another story; the late telling is too far apart")
                .containsExactly(1);
        assertThat(SAME_EVENTS.groups(List.of(story("breach-a", BREACH_A, DAY), story("breach-b", BREACH_B, DAY),
                story("festival", FESTIVAL, DAY)))).as("and read, the stories it lets pass join as it says")
                .containsExactly(List.of(0, 1), List.of(2));
        assertThat(SAME_EVENTS.mayJoin(List.of(story("x", List.of(), DAY), story("y", List.of(), DAY)),
                java.util.Map.of(0, breachB, 1, breachB))).as("two unread stories, each with the other's sentences")
                .containsExactly(0, 1);
    }

    @Test
    void theAlignedShareIsTheLargerShareOfOneStorysClaimsStatedByTheOther() {
        List<SameEventStories.PairScore> scores = SAME_EVENTS.scores(List.of(story("breach-a", BREACH_A, DAY),
                story("breach-b", BREACH_B, DAY)));

        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.alignedA()).isEqualTo(2);
            assertThat(s.alignedB()).isEqualTo(2);
            assertThat(s.alignedShare()).isEqualTo(1.0);
            assertThat(s.bothShare()).isEqualTo(4 / 5.0);
        });
    }

    @Test
    void storiesFurtherApartThanTheWindowAreNeverCompared() {
        List<StoryClaims> stories = List.of(story("breach-a", BREACH_A, DAY), story("breach-b", BREACH_B, DAY.plusDays(30)));

        assertThat(SAME_EVENTS.scores(stories)).isEmpty();
        assertThat(SAME_EVENTS.groups(stories)).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void undatedStoriesAreCompared() {
        List<StoryClaims> stories = List.of(new StoryClaims("a", BREACH_A, null, null), story("b", BREACH_B, DAY));

        assertThat(SAME_EVENTS.groups(stories)).containsExactly(List.of(0, 1));
    }

    @Test
    void onlyPairsHoldingALeadingStoryAreComparedWhenTheRestWereComparedBefore() {
        List<StoryClaims> stories = List.of(story("festival", FESTIVAL, DAY), story("breach-a", BREACH_A, DAY),
                story("breach-b", BREACH_B, DAY));

        assertThat(SAME_EVENTS.scores(stories, 1)).extracting(s -> List.of(s.a(), s.b()))
                .containsExactly(List.of(0, 1), List.of(0, 2));
        assertThat(SAME_EVENTS.groups(stories, 1)).as("the two stored breach stories are left as they were")
                .containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(SAME_EVENTS.groups(stories, 3)).containsExactly(List.of(0), List.of(1, 2));
    }
}
