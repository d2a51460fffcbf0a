package org.crosscheck.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision its source supports: a year, a month or a day.
 * Printed as ISO-8601 ({@code 2024}, {@code 2024-02}, {@code 2024-02-18}); never padded with
 * invented parts.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

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
     * {@code 2024-02-18}, or a full timestamp whose time part is ignored).
     */
    public static Optional<PartialDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        return m.find() ? fromMatch(m) : Optional.empty();
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

    @Override
    public int compareTo(PartialDate other) {
        int c = firstDay().compareTo(other.firstDay());
        return c != 0 ? c : precision().compareTo(other.precision());
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
