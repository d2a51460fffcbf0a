package org.crosscheck.extract;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.time.PartialDate;

/**
 * Reads a line that is nothing but a date ("18 February 2024", "February 18, 2024", "2024-02-18",
 * "Published: Monday 19 Feb 2024 10:32") with the java.time patterns listed in {@code date-lines.txt}.
 * A line with other words around the date is not a date line.
 */
final class DateLineReader {

    /** A date read from a line, and whether its label marks it as a modification date. */
    record DateLine(PartialDate date, boolean updated) { }

    private static final Pattern WEEKDAY = Pattern.compile(
            "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\.?,?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    /** What may follow a date on a date line: a time of day, a zone, a separator. */
    private static final Pattern TAIL = Pattern.compile(
            "^[\\s,|•·–—-]*((at\\s+)?\\d{1,2}([:.]\\d{2}){1,2}\\s*([ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)?"
                    + "\\s*([A-Z]{2,5}|(UTC|GMT)?\\s*[+-]\\d{1,2}(:?\\d{2})?)?\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINE_CHARS = 80;

    private final List<Pattern> labels = new ArrayList<>();
    private final List<Pattern> updatedLabels = new ArrayList<>();
    private final List<DateTimeFormatter> dayFormats = new ArrayList<>();
    private final List<DateTimeFormatter> monthFormats = new ArrayList<>();

    DateLineReader(ExtractionSettings settings) {
        for (String line : settings.dateLines()) {
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            String value = line.substring(space + 1).strip();
            switch (kind) {
                case "LABEL" -> labels.add(Pattern.compile("^" + value + "\\s*", Pattern.CASE_INSENSITIVE));
                case "UPDATED" -> updatedLabels.add(Pattern.compile("^" + value, Pattern.CASE_INSENSITIVE));
                case "DAY" -> dayFormats.add(formatter(value));
                case "MONTH" -> monthFormats.add(formatter(value));
                default -> throw new IllegalStateException("date-lines.txt: unknown kind " + kind);
            }
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date when the whole line is a date (with an optional label, weekday and time). */
    Optional<DateLine> read(String line) {
        String text = TextFurniture.normalise(line);
        if (text.isEmpty() || text.length() > MAX_LINE_CHARS || !hasDigit(text)) {
            return Optional.empty(); // every date format holds a year in digits
        }
        boolean updated = updatedLabels.stream().anyMatch(p -> p.matcher(text).find());
        String rest = text;
        for (Pattern label : labels) {
            rest = label.matcher(rest).replaceFirst("");
        }
        rest = WEEKDAY.matcher(rest).replaceFirst("");
        rest = ORDINAL.matcher(rest).replaceAll("$1");
        if (ISO_TIMESTAMP.matcher(rest).matches()) {
            return PartialDate.parseIso(rest).map(d -> new DateLine(d, updated));
        }
        Optional<PartialDate> date = parse(rest, dayFormats, true);
        if (date.isEmpty()) {
            date = parse(rest, monthFormats, false);
        }
        return date.map(d -> new DateLine(d, updated));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<PartialDate> parse(String text, List<DateTimeFormatter> formats, boolean day) {
        for (DateTimeFormatter f : formats) {
            ParsePosition pos = new ParsePosition(0);
            try {
                TemporalAccessor t = f.parseUnresolved(text, pos);
                if (t == null || pos.getErrorIndex() >= 0 || !TAIL.matcher(text.substring(pos.getIndex())).matches()) {
                    continue;
                }
                int year = (int) field(t, ChronoField.YEAR);
                int month = (int) field(t, ChronoField.MONTH_OF_YEAR);
                if (day) {
                    return Optional.of(new PartialDate(year, month, (int) field(t, ChronoField.DAY_OF_MONTH)));
                }
                return Optional.of(PartialDate.ofMonth(year, month));
            } catch (RuntimeException e) {
                // not this pattern (impossible day, missing field): try the next one
            }
        }
        return Optional.empty();
    }

    private static long field(TemporalAccessor t, ChronoField field) {
        if (!t.isSupported(field)) {
            throw new DateTimeException("no " + field);
        }
        return t.getLong(field);
    }
}
