package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

/** The slot comparison of two differently worded claims, through {@link ClaimComparison#findings}. */
class ConflictDetectorTest {

    private static final ClaimComparison COMPARISON = new ClaimComparison(new WordNetLexicon());

    private static List<Finding> findings(TestClaim a, TestClaim b) {
        return COMPARISON.findings(a.build(), b.build());
    }

    @Test
    void aLowerAndAnUpperBoundThatLeaveRoomAgree() {
        assertThat(findings(
                claim("a1", "A", "Deputies chased the driver at speeds of more than 100 mph before he stopped near Tolvik.")
                        .slots("Deputies", "chase", "the driver").number(100, "mph", "more than 100 mph"),
                claim("b1", "B", "For 30 miles deputies chased the driver, at speeds up to 120 mph, a sheriff said.")
                        .slots("deputies", "chase", "the driver").number(120, "mph", "up to 120 mph")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Deputies chased the driver at speeds of more than 100 mph before he stopped near Tolvik.")
                        .slots("Deputies", "chase", "the driver").number(100, "mph", "more than 100 mph"),
                claim("b1", "B", "For 30 miles deputies chased the driver, at speeds up to 60 mph, a sheriff said.")
                        .slots("deputies", "chase", "the driver").number(60, "mph", "up to 60 mph")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void whoSaidSoDoesNotFrameACount() {
        assertThat(findings(
                claim("a1", "A", "Officials said 12 people were injured when the Tolvik bridge collapsed on Tuesday.")
                        .slots("12 people", "injure", null).number(12, null, "12").place("Tolvik"),
                claim("b1", "B", "According to the fire service, 21 people were injured in the collapse of the Tolvik bridge.")
                        .slots("21 people", "injure", null).number(21, null, "21").place("Tolvik")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void aRunningTotalIsNotTheCountOfOneOccasion() {
        assertThat(findings(
                claim("a1", "A", "In five operations so far, the navy has seized 923 rounds of ammunition from pirates.")
                        .slots("the navy", "seize", "923 rounds of ammunition").number(923, null, "923"),
                claim("b1", "B", "On Thursday the navy seized 300 rounds of ammunition from the three boats.")
                        .slots("the navy", "seize", "300 rounds of ammunition").number(300, null, "300")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "On Friday the navy said it seized 923 rounds of ammunition from pirates.")
                        .slots("the navy", "seize", "923 rounds of ammunition").number(923, null, "923"),
                claim("b1", "B", "On Friday the navy seized 300 rounds of ammunition from the three boats.")
                        .slots("the navy", "seize", "300 rounds of ammunition").number(300, null, "300")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void aPlaceNearAnotherIsNoConflictOnWhereItHappened() {
        assertThat(findings(
                claim("a1", "A", "Last month the navy said it had sunk a pirate mother ship off Somalia after a battle.")
                        .slots("it", "sink", "a pirate mother ship").place("Somalia"),
                claim("b1", "B", "The navy sank a pirate mother ship in the Gulf of Aden last month, officials said.")
                        .slots("The navy", "sink", "a pirate mother ship").place("Gulf of Aden")))
                .isEmpty();
    }

    @Test
    void aLetterAfterANumberIsNotWhatItCounts() {
        assertThat(findings(
                claim("a1", "A", "Owen says the fire call came in at 3: 30 a. m. on Tuesday.")
                        .slots("the fire call", "come", null).number(30, null, "30"),
                claim("b1", "B", "The first emergency call came at 3: 33 a. m. from a hotel guest, Owen said.")
                        .slots("The first emergency call", "come", null).number(33, null, "33")))
                .isEmpty();
    }

    private static boolean hasKind(List<Finding> found, ConflictKind kind) {
        return found.stream().anyMatch(f -> f.kind() == kind);
    }

    @Test
    void aSubsetIsNotAgainstTheTotal() {
        assertThat(findings(
                claim("a1", "A", "Three other people died in hospital after the Tolvik ferry capsized on Sunday.")
                        .slots("Three other people", "die", null).number(3, "people", "Three").place("Tolvik"),
                claim("b1", "B", "Six people died when the Tolvik ferry capsized on Sunday, the coast guard said.")
                        .slots("Six people", "die", null).number(6, "people", "Six").place("Tolvik")))
                .isEmpty();
    }

    @Test
    void aLowerBoundAgreesWithAnyGreaterCount() {
        assertThat(findings(
                claim("a1", "A", "Rebels fired at least two shells at the Marrow barracks overnight, residents said.")
                        .slots("Rebels", "fire", "at least two shells").number(2, "shell", "two"),
                claim("b1", "B", "Rebels fired three shells at the Marrow barracks overnight, of which two exploded.")
                        .slots("Rebels", "fire", "three shells").number(3, "shell", "three").number(2, null, "two")))
                .isEmpty();
        assertThat(findings(
                claim("a1", "A", "Rebels fired at least five shells at the Marrow barracks overnight, residents said.")
                        .slots("Rebels", "fire", "at least five shells").number(5, "shell", "five"),
                claim("b1", "B", "Rebels fired three shells at the Marrow barracks overnight, an army officer said.")
                        .slots("Rebels", "fire", "three shells").number(3, "shell", "three")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void aPartOfASumIsNotAgainstTheWhole() {
        assertThat(findings(
                claim("a1", "A", "Orvane Foods agreed to buy Kettleby Mills for $200 million in cash and the rest in shares.")
                        .slots("Orvane Foods", "buy", "Kettleby Mills").number(200_000_000, "USD", "$200 million"),
                claim("b1", "B", "Orvane Foods agreed to buy Kettleby Mills for $250 million, the companies said.")
                        .slots("Orvane Foods", "buy", "Kettleby Mills").number(250_000_000, "USD", "$250 million")))
                .isEmpty();
    }

    @Test
    void countsOfDifferentSetsAreNotCompared() {
        assertThat(findings(
                claim("a1", "A", "Prosecutors said nine other board members of Harwick Trust were charged or pleaded guilty.")
                        .slots("nine other board members", "charge", null).number(9, "member", "nine").org("Harwick Trust", "Harwick Trust"),
                claim("b1", "B", "Four board members of Harwick Trust were charged since March, prosecutors said.")
                        .slots("Four board members", "charge", null).number(4, "member", "Four").org("Harwick Trust", "Harwick Trust")))
                .isEmpty();
    }

    @Test
    void anEarlierEventInTheArticleIsNotComparedWithTheStorysEvent() {
        assertThat(findings(
                claim("a1", "A", "The 2009 earthquake near Selva killed 300 people and destroyed the old market.")
                        .slots("The 2009 earthquake", "kill", "300 people").number(300, null, "300").place("Selva"),
                claim("b1", "B", "The earthquake near Selva killed 12 people on Tuesday, officials said.")
                        .slots("The earthquake", "kill", "12 people").number(12, null, "12").place("Selva")))
                .noneMatch(f -> f.kind() == ConflictKind.NUMBER);
    }

    @Test
    void thousandsSetApartByTheTokeniserAreOneNumber() {
        assertThat(findings(
                claim("a1", "A", "About 2, 500 people were evacuated from Selva after the dam cracked, officials said.")
                        .slots("2, 500 people", "evacuate", null).number(2, null, "2").number(500, null, "500"),
                claim("b1", "B", "Officials said 2,500 people were evacuated from Selva after the dam cracked.")
                        .slots("2,500 people", "evacuate", null).number(2500, null, "2,500")))
                .isEmpty();
    }

    @Test
    void oneEndOfAJourneyIsNotWhereItHappened() {
        assertThat(findings(
                claim("a1", "A", "The singer Dora Vell left the Halden clinic in Corvel on Monday, her spokesman said.")
                        .slots("Dora Vell", "leave", "the Halden clinic").person("Dora Vell", "Dora Vell").place("Corvel"),
                claim("b1", "B", "Dora Vell left the Halden clinic in Mirren on Monday morning, her spokesman said.")
                        .slots("Dora Vell", "leave", "the Halden clinic").person("Dora Vell", "Dora Vell").place("Mirren")))
                .noneMatch(f -> f.kind() == ConflictKind.PLACE);
    }

    @Test
    void aMagnitudeWrittenEitherWayIsCompared() {
        TestClaim a = claim("a1", "A", "A magnitude 6.1 earthquake struck the Selva valley on Tuesday morning.")
                .slots("A magnitude 6.1 earthquake", "strike", "the Selva valley").number(6.1, "earthquake", "6.1").place("Selva");
        TestClaim b = claim("b1", "B", "A 6.4 - magnitude earthquake hit the Selva valley on Tuesday morning.")
                .slots("A 6.4 - magnitude earthquake", "hit", "the Selva valley").number(6.4, null, "6.4").place("Selva");
        assertThat(findings(a, b)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(f.valueA()).startsWith("6.1");
            assertThat(f.valueB()).startsWith("6.4");
        });
        assertThat(COMPARISON.sameFact(a.build(), b.build())).isFalse();
    }

    @Test
    void twoAgesOfOnePersonDisagree() {
        assertThat(findings(
                claim("a1", "A", "Police arrested Ivo Marsh, 47, at the Harlen embassy on Thursday.")
                        .slots("Police", "arrest", "Ivo Marsh").person("Ivo Marsh", "Ivo Marsh").number(47, null, "47"),
                claim("b1", "B", "Police arrested the 48 - year - old Ivo Marsh at the Harlen embassy on Thursday.")
                        .slots("Police", "arrest", "the 48 - year - old Ivo Marsh").person("Ivo Marsh", "Ivo Marsh")))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
                    assertThat(List.of(f.valueA(), f.valueB())).containsExactlyInAnyOrder("47", "48");
                });
    }

    @Test
    void anEventNamedByANounIsDatedAgainstTheSameEventNamedByAVerb() {
        TestClaim summit = claim("a1", "A", "During a summit with Premier Ilse Oran in Corvel in March, President Tomas Vell raised the dam dispute.")
                .slots("President Tomas Vell", "raise", "the dam dispute").date("in March", "2026-03")
                .person("Ilse Oran", "Ilse Oran").person("Tomas Vell", "Tomas Vell").place("Corvel");
        assertThat(findings(summit,
                claim("b1", "B", "President Tomas Vell met Premier Ilse Oran in Corvel last October to discuss the dam dispute.")
                        .slots("President Tomas Vell", "meet", "Premier Ilse Oran").date("last October", "2025-10")
                        .person("Tomas Vell", "Tomas Vell").person("Ilse Oran", "Ilse Oran").place("Corvel")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.DATE));
        assertThat(findings(summit,
                claim("b1", "B", "President Tomas Vell praised Premier Ilse Oran in Corvel last October for the dam plan.")
                        .slots("President Tomas Vell", "praise", "Premier Ilse Oran").date("last October", "2025-10")
                        .person("Tomas Vell", "Tomas Vell").person("Ilse Oran", "Ilse Oran").place("Corvel")))
                .as("praise is no meeting").isEmpty();
    }

    @Test
    void claimsThatShareOnlyAPronounAreNotOneEvent() {
        assertThat(findings(
                claim("a1", "A", "He had four touchdowns and 440 yards as the Harlen Hawks won on Sunday.")
                        .slots("He", "have", "four touchdowns").number(4, "touchdown", "four"),
                claim("b1", "B", "He had two touchdowns in the second half as the Hawks won on Sunday.")
                        .slots("He", "have", "two touchdowns").number(2, "touchdown", "two")))
                .isEmpty();
    }
}
