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
}
