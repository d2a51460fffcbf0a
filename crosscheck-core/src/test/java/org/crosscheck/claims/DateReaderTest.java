package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.language.TimeMention;
import org.crosscheck.language.TimexType;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private final DateReader reader = new DateReader(ClaimCues.load());

    private static TimeMention time(String text, TimexType type, String value) {
        return new TimeMention(text, type, value, 0, text.length(), 0, 1);
    }

    @Test
    void readsCalendarValuesAtTheirOwnPrecision() {
        assertThat(reader.date(time("Friday", TimexType.DATE, "2024-02-16"))).contains(new PartialDate(2024, 2, 16));
        assertThat(reader.date(time("last September", TimexType.DATE, "2023-09"))).contains(PartialDate.ofMonth(2023, 9));
        assertThat(reader.date(time("2024", TimexType.DATE, "2024"))).contains(PartialDate.ofYear(2024));
    }

    @Test
    void ignoresWeeksUnanchoredValuesReferencesAndDurations() {
        assertThat(reader.date(time("that week", TimexType.DATE, "2024-W07"))).isEmpty();
        assertThat(reader.date(time("February 18", TimexType.DATE, "XXXX-02-18"))).isEmpty();
        assertThat(reader.date(time("Friday", TimexType.DATE, "XXXX-WXX-5"))).isEmpty();
        assertThat(reader.date(time("now", TimexType.DATE, "PRESENT_REF"))).isEmpty();
        assertThat(reader.date(time("three days", TimexType.DURATION, "P3D"))).isEmpty();
        assertThat(reader.date(time("last September", TimexType.DATE, "XXXX-09 OFFSET P-1Y"))).isEmpty();
        assertThat(reader.date(time("the 1990s", TimexType.DATE, "199X"))).isEmpty();
        assertThat(reader.date(time("February 30", TimexType.DATE, "2024-02-30"))).isEmpty();
    }

    @Test
    void offsetsFromAnotherEventGiveNoDateAndAgoKeepsOnlyItsUnit() {
        assertThat(reader.date(time("About 20 minutes later", TimexType.DATE, "2023-02-23"))).isEmpty();
        assertThat(reader.date(time("two days earlier", TimexType.DATE, "2023-02-21"))).isEmpty();
        assertThat(reader.date(time("35 years ago", TimexType.DATE, "1988-02-23"))).contains(PartialDate.ofYear(1988));
        assertThat(reader.date(time("six months ago", TimexType.DATE, "2023-08-23"))).contains(PartialDate.ofMonth(2023, 8));
        assertThat(reader.date(time("three days ago", TimexType.DATE, "2024-02-16"))).contains(new PartialDate(2024, 2, 16));
        assertThat(reader.date(time("over two centuries ago", TimexType.DATE, "1825-09-16"))).isEmpty();
    }

    @Test
    void aRecurringDayNamesNoDate() {
        assertThat(reader.date(time("Sunday afternoons", TimexType.DATE, "2025-04-13"))).isEmpty();
        assertThat(reader.date(time("Mondays", TimexType.DATE, "2025-04-14"))).isEmpty();
        assertThat(reader.date(time("Sunday afternoon", TimexType.DATE, "2025-04-13"))).contains(new PartialDate(2025, 4, 13));
    }

    @Test
    void takesTheDayOfATimeOnlyWhenTheTextNamesTheDay() {
        assertThat(reader.date(time("10 a.m. on February 18, 2024", TimexType.TIME, "2024-02-18T10:00")))
                .contains(new PartialDate(2024, 2, 18));
        assertThat(reader.date(time("10 a.m.", TimexType.TIME, "2024-02-19T10:00"))).isEmpty();
    }
}
