package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.ContentWords;
import org.junit.jupiter.api.Test;

/** What a number counts and whether it is the whole of it, through {@link NumberReading}. */
class NumberReadingTest {

    private static final AlignmentSettings SETTINGS = AlignmentSettings.defaults();
    private static final NumberReading NUMBERS = new NumberReading(new ContentWords(SETTINGS.stopWords()), SETTINGS, w -> false);

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
}
