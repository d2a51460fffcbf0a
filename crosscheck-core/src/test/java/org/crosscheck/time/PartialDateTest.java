package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void printsOnlyTheKnownPrecision() {
        assertThat(PartialDate.ofYear(2024)).hasToString("2024");
        assertThat(PartialDate.ofMonth(2024, 2)).hasToString("2024-02");
        assertThat(PartialDate.of(LocalDate.of(2024, 2, 18))).hasToString("2024-02-18");
    }

    @Test
    void parsesIsoDatesAndTimestampsAtTheirPrecision() {
        assertThat(PartialDate.parseIso("2024-02-18T10:32:00Z").map(PartialDate::dateOnly))
                .contains(PartialDate.of(LocalDate.of(2024, 2, 18)));
        assertThat(PartialDate.parseIso("2024-02")).contains(PartialDate.ofMonth(2024, 2));
        assertThat(PartialDate.parseIso("2024")).contains(PartialDate.ofYear(2024));
        assertThat(PartialDate.parseIso("yesterday")).isEmpty();
        assertThat(PartialDate.parseIso("2024-02-30")).isEmpty();
        assertThat(PartialDate.parseIso(null)).isEmpty();
    }

    @Test
    void keepsTheTimeAndOffsetATimestampGives() {
        PartialDate d = PartialDate.parseIso("2024-09-16T08:05:00+01:00").orElseThrow();
        assertThat(d).hasToString("2024-09-16T08:05:00+01:00");
        assertThat(d.precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(d.instant()).contains(java.time.Instant.parse("2024-09-16T07:05:00Z"));
        assertThat(PartialDate.parseIso("2024-09-16T07:05:00.250Z").orElseThrow()).hasToString("2024-09-16T07:05:00Z");
        assertThat(PartialDate.parseIso("2024-09-16T07:05-0500").orElseThrow()).hasToString("2024-09-16T07:05:00-05:00");
        // a local time without an offset is kept, but it is no instant: no zone is invented
        PartialDate local = PartialDate.parseIso("2024-09-16 07:05").orElseThrow();
        assertThat(local).hasToString("2024-09-16T07:05:00");
        assertThat(local.instant()).isEmpty();
        assertThat(PartialDate.parseIso("2024-09-16").orElseThrow().hasTime()).isFalse();
        assertThat(PartialDate.parseIso("2024-09-16T25:00Z")).contains(PartialDate.of(LocalDate.of(2024, 9, 16)));
        assertThat(PartialDate.parseIso(d.toString())).contains(d);
    }

    @Test
    void ordersTimesOfOneDayByInstantAfterTheBareDay() {
        PartialDate bare = PartialDate.parseIso("2024-09-16").orElseThrow();
        PartialDate morning = PartialDate.parseIso("2024-09-16T08:00:00+02:00").orElseThrow();
        PartialDate afternoon = PartialDate.parseIso("2024-09-16T15:00:00+02:00").orElseThrow();
        PartialDate londonMorning = PartialDate.parseIso("2024-09-16T07:30:00+01:00").orElseThrow();
        assertThat(java.util.stream.Stream.of(afternoon, londonMorning, morning, bare).sorted())
                .containsExactly(bare, morning, londonMorning, afternoon);
    }

    @Test
    void parsesOnlyWholeCalendarValues() {
        assertThat(PartialDate.parseCalendar("2024")).contains(PartialDate.ofYear(2024));
        assertThat(PartialDate.parseCalendar(" 2024-02 ")).contains(PartialDate.ofMonth(2024, 2));
        assertThat(PartialDate.parseCalendar("2024-02-18")).contains(PartialDate.of(LocalDate.of(2024, 2, 18)));
        assertThat(PartialDate.parseCalendar("2024-02-18T10:00")).isEmpty();
        assertThat(PartialDate.parseCalendar("2024-W07")).isEmpty();
        assertThat(PartialDate.parseCalendar("2024-2")).isEmpty();
        assertThat(PartialDate.parseCalendar("XXXX-02-18")).isEmpty();
        assertThat(PartialDate.parseCalendar("PRESENT_REF")).isEmpty();
        assertThat(PartialDate.parseCalendar("2024-02-30")).isEmpty();
        assertThat(PartialDate.parseCalendar("2024-13")).isEmpty();
        assertThat(PartialDate.parseCalendar("0000")).isEmpty();
        assertThat(PartialDate.parseCalendar(null)).isEmpty();
    }

    @Test
    void finerDateIsCompatibleWithCoarserOne() {
        PartialDate day = PartialDate.of(LocalDate.of(2024, 2, 18));
        assertThat(day.isCompatibleWith(PartialDate.ofMonth(2024, 2))).isTrue();
        assertThat(PartialDate.ofYear(2024).isCompatibleWith(day)).isTrue();
        assertThat(day.isCompatibleWith(PartialDate.of(LocalDate.of(2024, 2, 19)))).isFalse();
        assertThat(day.isCompatibleWith(PartialDate.ofMonth(2024, 3))).isFalse();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThatThrownBy(() -> new PartialDate(2023, 2, 29)).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> new PartialDate(2024, null, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByFirstDayThenPrecision() {
        assertThat(PartialDate.ofMonth(2024, 2)).isLessThan(PartialDate.of(LocalDate.of(2024, 2, 1)));
        assertThat(PartialDate.of(LocalDate.of(2024, 1, 31))).isLessThan(PartialDate.ofMonth(2024, 2));
    }
}
