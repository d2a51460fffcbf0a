package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import java.util.List;
import org.crosscheck.language.WordNetLexicon;
import org.junit.jupiter.api.Test;

/** Numbers in units of measure, compared across units, through {@link ClaimComparison#findings}. */
class MeasuredNumbersTest {

    private static final ClaimComparison COMPARISON = new ClaimComparison(new WordNetLexicon(), AlignmentSettings.defaults());

    private static List<Finding> findings(TestClaim a, TestClaim b) {
        return COMPARISON.findings(a.build(), b.build());
    }

    private static TestClaim fell(String id, String article, String sentence, double value, String unit, String text) {
        return claim(id, article, sentence).slots("A climber", "fall", null).number(value, unit, text).place("Korran");
    }

    @Test
    void aLengthInFeetAgreesWithTheSameLengthInMetres() {
        TestClaim feet = fell("a1", "A", "A climber fell 200ft from the Korran ridge on Sunday, rescuers said.", 200, "ft", "200ft");
        assertThat(findings(feet,
                fell("b1", "B", "A climber fell about 60m from the Korran ridge on Sunday.", 60, "m", "60m")))
                .isEmpty();
        assertThat(findings(feet,
                fell("b1", "B", "A climber fell 200 metres from the Korran ridge on Sunday.", 200, "metre", "200")))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
                    assertThat(f.topic()).isEqualTo("the length");
                    assertThat(f.valueA()).isEqualTo("200ft");
                    assertThat(f.valueB()).isEqualTo("200 metres");
                });
    }

    @Test
    void twoSpellingsOfOneUnitAreCompared() {
        assertThat(findings(
                fell("a1", "A", "A climber fell 150 meters from the Korran ridge on Sunday, rescuers said.", 150, "meter", "150"),
                fell("b1", "B", "A climber fell 200 metres from the Korran ridge on Sunday.", 200, "metre", "200")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void oneDistanceWrittenInTwoUnitsIsOneDistance() {
        TestClaim both = claim("a1", "A", "The Orla convoy drove 1, 150 kilometers (700 miles) to reach Tarsk on Friday.")
                .slots("The Orla convoy", "drive", null).place("Tarsk")
                .number(1, null, "1").number(150, "kilometer", "150").number(700, "mile", "700");
        assertThat(findings(both, claim("b1", "B", "The Orla convoy drove 1,150 km to reach Tarsk on Friday, its leader said.")
                .slots("The Orla convoy", "drive", null).place("Tarsk").number(1150, "km", "1,150")))
                .isEmpty();
        assertThat(findings(both, claim("b1", "B", "The Orla convoy drove 1, 500 kilometers to reach Tarsk on Friday.")
                .slots("The Orla convoy", "drive", null).place("Tarsk").number(1, null, "1").number(500, "kilometer", "500")))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ConflictKind.NUMBER);
                    assertThat(f.valueA()).isEqualTo("1150 kilometers");
                    assertThat(f.valueB()).isEqualTo("1500 kilometers");
                });
    }

    @Test
    void lengthsOfTimeAreComparedAcrossUnits() {
        TestClaim months = claim("a1", "A", "Darrow served 18 months in the Velmar prison for the theft, his lawyer said.")
                .slots("Darrow", "serve", null).person("Darrow", "Lio Darrow").number(18, "month", "18 months");
        assertThat(findings(months, claim("b1", "B", "Darrow served a year and a half in the Velmar prison for the theft.")
                .slots("Darrow", "serve", null).person("Darrow", "Lio Darrow").number(1.5, "year", "a year and a half")))
                .isEmpty();
        assertThat(findings(months, claim("b1", "B", "Darrow served two years in the Velmar prison for the theft.")
                .slots("Darrow", "serve", null).person("Darrow", "Lio Darrow").number(2, "year", "two years")))
                .singleElement().satisfies(f -> {
                    assertThat(f.topic()).isEqualTo("the duration");
                    assertThat(f.valueB()).isEqualTo("two years");
                });
    }

    @Test
    void aSpeedIsNoDistance() {
        TestClaim speed = claim("a1", "A", "The Velmar coach was doing 70 miles an hour when it left the road on Monday.")
                .slots("The Velmar coach", "leave", "the road").place("Velmar").number(70, "mile", "70");
        assertThat(findings(speed, claim("b1", "B", "The Velmar coach left the road on Monday 30 miles from the border.")
                .slots("The Velmar coach", "leave", "the road").place("Velmar").number(30, "mile", "30")))
                .isEmpty();
        assertThat(findings(speed, claim("b1", "B", "The Velmar coach was doing 160 km/h when it left the road on Monday.")
                .slots("The Velmar coach", "leave", "the road").place("Velmar").number(160, "km/h", "160")))
                .singleElement().satisfies(f -> assertThat(f.topic()).isEqualTo("the speed"));
    }

    @Test
    void aMeasureOfANounIsNotTheMeasureOfTheEvent() {
        assertThat(findings(
                claim("a1", "A", "Investigators did not say why Hiller, a 15 - year employee of Orvik Water, was suspended.")
                        .slots(null, "suspend", "Hiller").person("Hiller", "Ada Hiller").number(15, "year", "15 - year"),
                claim("b1", "B", "Hiller was suspended by Orvik Water for the second time in two months.")
                        .slots(null, "suspend", "Hiller").person("Hiller", "Ada Hiller").number(2, "month", "two months")))
                .isEmpty();
    }

    @Test
    void aFractionInWordsIsShownAsWritten() {
        assertThat(findings(
                claim("a1", "A", "Darrow served four and a half months in the Velmar prison for the theft.")
                        .slots("Darrow", "serve", null).person("Darrow", "Lio Darrow").number(4.5, "month", "four and a half"),
                claim("b1", "B", "Darrow served five months in the Velmar prison for the theft, his lawyer said.")
                        .slots("Darrow", "serve", null).person("Darrow", "Lio Darrow").number(5, "month", "five months")))
                .singleElement().satisfies(f -> {
                    assertThat(f.valueA()).isEqualTo("four and a half months");
                    assertThat(f.valueB()).isEqualTo("five months");
                });
    }
}
