package org.crosscheck.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision its source supports: a year, a month or a day, and for
 * a day the time of day (with its UTC offset when the source gives one). Printed as ISO-8601
 * ({@code 2024}, {@code 2024-02}, {@code 2024-02-18}, {@code 2024-02-18T08:05:00+01:00});
 * never padded with invented parts.
 *
 * @param time   the time of day to the second, or null; only with a day
 * @param offset the UTC offset of {@code time}, or null when the source gave none
 */
public record PartialDate(int year, Integer month, Integer day, LocalTime time, ZoneOffset offset)
        implements Comparable<PartialDate>, java.io.Serializable {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** The time part that may follow an ISO day: {@code T08:05}, {@code T08:05:00.123+01:00}, {@code  08:05Z}. */
    private static final Pattern TIME = Pattern.compile(
            "^[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?(?![\\d:])");

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws for impossible days such as February 30
        }
        if (time == null && offset != null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
        if (time != null && day == null) {
            throw new IllegalArgumentException("a time needs a day");
        }
        if (time != null) {
            time = time.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    /** A date without a time of day. */
    public PartialDate(int year, Integer month, Integer day) {
        this(year, month, day, null, null);
    }

    /** A day at a time with its offset. */
    public static PartialDate of(OffsetDateTime instant) {
        return new PartialDate(instant.getYear(), instant.getMonthValue(), instant.getDayOfMonth(),
                instant.toLocalTime(), instant.getOffset());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads the leading ISO-8601 date of a string ({@code 2024}, {@code 2024-02},
     * {@code 2024-02-18}), with the time of a full timestamp ({@code 2024-02-18T10:32:00Z}) and its
     * offset when the string gives them. A timestamp without an offset keeps its local time and no
     * offset: none is invented.
     */
    public static Optional<PartialDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = fromMatch(m);
        if (date.isEmpty() || date.get().day() == null) {
            return date;
        }
        Matcher t = TIME.matcher(s.substring(m.end()));
        if (!t.find()) {
            return date;
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
                    t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
            ZoneOffset offset = t.group(4) == null ? null : offset(t.group(4));
            PartialDate d = date.get();
            return Optional.of(new PartialDate(d.year(), d.month(), d.day(), time, offset));
        } catch (RuntimeException e) {
            return date;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return text.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    /**
     * Reads a string that is exactly a calendar date once stripped: {@code 2024}, {@code 2024-02}
     * or {@code 2024-02-18}, with nothing after it. Empty for anything else and for impossible
     * dates such as {@code 2024-02-30}.
     */
    public static Optional<PartialDate> parseCalendar(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        return m.matches() ? fromMatch(m) : Optional.empty();
    }

    /** The date of a match of {@link #ISO}; empty when its parts are out of range. */
    private static Optional<PartialDate> fromMatch(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** True when the time of day is known. */
    public boolean hasTime() {
        return time != null;
    }

    /** The same date without its time of day. */
    public PartialDate dateOnly() {
        return time == null ? this : new PartialDate(year, month, day);
    }

    /** The moment this stands for, when the time of day and its offset are both known. */
    public Optional<Instant> instant() {
        return time == null || offset == null ? Optional.empty()
                : Optional.of(OffsetDateTime.of(LocalDate.of(year, month, day), time, offset).toInstant());
    }

    /** The full date when the day is known. */
    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** The first day this date can stand for. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can stand for. */
    public LocalDate lastDay() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /**
     * True when both dates can name the same day: one is the other at a finer precision
     * ("2024-02-18" and "2024-02"), or they are equal.
     */
    public boolean isCompatibleWith(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay());
    }

    /**
     * By first day, then precision; on the same day an untimed date comes first, and timed ones
     * go by instant when both offsets are known, else by local time.
     */
    @Override
    public int compareTo(PartialDate other) {
        int c = firstDay().compareTo(other.firstDay());
        if (c != 0) {
            return c;
        }
        c = precision().compareTo(other.precision());
        if (c != 0 || (time == null && other.time == null)) {
            return c;
        }
        if (time == null || other.time == null) {
            return time == null ? -1 : 1;
        }
        Optional<Instant> a = instant();
        Optional<Instant> b = other.instant();
        if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
            return a.get().compareTo(b.get());
        }
        c = time.compareTo(other.time);
        if (c != 0) {
            return c;
        }
        return String.valueOf(offset).compareTo(String.valueOf(other.offset));
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        String date = String.format("%04d-%02d-%02d", year, month, day);
        if (time == null) {
            return date;
        }
        return date + String.format("T%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond())
                + (offset == null ? "" : offset.getId());
    }
}
