package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

/** What a number counts and whether it is the whole of it, through {@link NumberReading}. */
class NumberReadingTest {

    private static final AlignmentSettings SETTINGS = AlignmentSettings.defaults();
    private static final NumberReading NUMBERS = new NumberReading(new ContentWords(SETTINGS.stopWords()), SETTINGS, w -> false, String::equals,
            ClaimComparison.reportingWord(new WordNetLexicon()));

    @Test
    void someOfTheThingsCountsTheThingsAndIsAPartOfThem() {
        Claim some = claim("a1", "A", "At least 17 of the seized ships are still held by the pirates.")
                .number(17, null, "17").build();
        Claim all = claim("b1", "B", "The pirates still hold 17 seized ships off Vell.").number(17, null, "17").build();
        Quantity q = some.quantities().get(0);
        assertThat(NUMBERS.keys(some, q)).isEqualTo(NUMBERS.keys(all, all.quantities().get(0))).isNotEmpty();
        assertThat(NUMBERS.partial(some, q)).isTrue();
        assertThat(NUMBERS.partial(all, all.quantities().get(0))).isFalse();
    }

    @Test
    void theFirstFewOfMoreAreAPart() {
        Claim first = claim("a1", "A", "Hal Ostrow, who spent his first 11 seasons with the Harriers as a player, now coaches them.")
                .number(11, "season", "11").build();
        Claim all = claim("b1", "B", "Ostrow has spent 19 seasons with the Harriers.").number(19, "season", "19").build();
        assertThat(NUMBERS.partial(first, first.quantities().get(0))).isTrue();
        assertThat(NUMBERS.partial(all, all.quantities().get(0))).isFalse();
    }

    private static boolean disagree(String first, String firstText, double firstValue,
                                    String second, String secondText, double secondValue) {
        Claim a = claim("a1", "A", first).number(firstValue, null, firstText).build();
        Claim b = claim("b1", "B", second).number(secondValue, null, secondText).build();
        return NUMBERS.disagree(a, a.quantities().get(0), b, b.quantities().get(0));
    }

    @Test
    void nearlyIsALittleUnderItsValueAndAboutIsBothWays() {
        String nearly = "The Harriers signed Ivo Marsh last summer to a deal worth nearly $80 million.";
        assertThat(disagree(nearly, "$80 million", 80e6, "The Harriers gave Ivo Marsh an $82 million deal.", "$82 million", 82e6))
                .isTrue();
        assertThat(disagree(nearly, "$80 million", 80e6, "Marsh signed for $60 million.", "$60 million", 60e6)).isTrue();
        for (double fits : new double[] {80e6, 79e6, 78e6, 70e6}) {
            String sum = String.format(java.util.Locale.ROOT, "$%.0f million", fits / 1e6);
            assertThat(disagree(nearly, "$80 million", 80e6, "Marsh signed for " + sum + ".", sum, fits))
                    .as("nearly 80 and %s", fits).isFalse();
        }
        assertThat(disagree("The slide injured almost 50 people in Morrow Vale.", "50", 50,
                "The slide injured 40 people in Morrow Vale.", "40", 40)).isTrue();
        assertThat(disagree("The quake lasted just under 20 seconds.", "20", 20, "The quake lasted 22 seconds.", "22", 22)).isTrue();
        assertThat(disagree("The quake lasted just over 10 seconds.", "10", 10, "The quake lasted 30 seconds.", "30", 30)).isTrue();
        // "about" is read both ways, and bounds stay open on one side
        String about = "The slide injured about 80 people in Morrow Vale.";
        assertThat(disagree(about, "80", 80, "The slide injured 90 people.", "90", 90)).isFalse();
        assertThat(disagree(about, "80", 80, "The slide injured 70 people.", "70", 70)).isFalse();
        assertThat(disagree(about, "80", 80, "The slide injured 120 people.", "120", 120)).isTrue();
        assertThat(disagree("The slide injured more than 80 people.", "80", 80, "The slide injured 300 people.", "300", 300)).isFalse();
        assertThat(disagree("The slide injured up to 80 people.", "80", 80, "The slide injured 120 people.", "120", 120)).isTrue();
    }

    @Test
    void aNumberWithItsThousandsSetApartIsReadInTheUnitOfItsThousands() {
        Claim passing = claim("a1", "A", "Luck set a rookie record with 4, 183 passing yards.")
                .number(4, null, "4").number(183, "yard", "183").build();
        Claim yards = claim("b1", "B", "Luck set the rookie record with 4, 051 yards in a season.")
                .number(4, null, "4").number(51, null, "051").build();
        Quantity a = passing.quantities().get(0);
        Quantity b = yards.quantities().get(0);
        assertThat(NUMBERS.keys(passing, a)).isEqualTo(NUMBERS.keys(yards, b)).containsExactly("length");
        assertThat(NUMBERS.disagree(passing, a, yards, b)).isTrue();
        assertThat(NUMBERS.display(passing, a)).isEqualTo("4183 yards");
    }

    @Test
    void aCountIsFramedByTheWordBeforeItUnlessThatWordOnlySaysWhoSaidSo() {
        Claim killing = claim("a1", "A", "The blast, killing at least 10 people, shook Varnley.").number(10, null, "10").build();
        assertThat(NUMBERS.frame(killing, killing.quantities().get(0))).isEqualTo("killing");
        // any form of a reporting verb of the claim reader's list, not only "said" or "told"
        for (String said : List.of("said", "tells", "estimated", "warned", "acknowledged")) {
            Claim c = claim("b1", "B", "Harbour officials " + said + " 40 people were hurt.").number(40, null, "40").build();
            assertThat(NUMBERS.frame(c, c.quantities().get(0))).as(said).isEmpty();
        }
    }
}
