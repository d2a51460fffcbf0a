package org.crosscheck.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.TimeMention;
import org.crosscheck.language.Token;
import org.crosscheck.time.PartialDate;

/**
 * A date the text gives without its year or week: a month ("in February"), a day of a month
 * ("on 3 March") or a weekday ("until Monday"), with nothing that places it ("last", "next",
 * "this", a year). SUTime anchors such a date on the publication date by nearness alone, so
 * "delivered in February" in September lands in the next February; {@link #place} moves it to
 * the side of the publication date its clause points to, keeping the month, day or weekday.
 *
 * @param head   the token of the month name, else of the weekday name
 * @param weekly true when only a weekday is named: the date moves by weeks, not years
 */
record BareDate(int head, boolean weekly) {

    private static final Map<String, Boolean> CALENDAR_NAMES = calendarNames();

    /** Month names map to false, weekday names to true, full and short forms ("Sept." too). */
    private static Map<String, Boolean> calendarNames() {
        Map<String, Boolean> names = new HashMap<>();
        for (Month m : Month.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                names.put(m.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT), false);
            }
        }
        names.put("sept", false);
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                names.put(d.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT), true);
            }
        }
        return Map.copyOf(names);
    }

    /**
     * The bare date of an expression: its words are only month or weekday names, day numbers
     * ("3", "3rd"), prepositions, conjunctions, "the", punctuation, verbs SUTime takes in
     * ("start in January") and the noun of a part of the day ("Friday night"); anything else (a
     * year, "last", "next", "this", "ago") places it.
     */
    static Optional<BareDate> of(AnnotatedSentence sentence, TimeMention t) {
        int month = -1;
        int weekday = -1;
        // SUTime writes a part of the day into the value ("2024-02-16TNI" for "Friday night"):
        // its noun does not place the date
        boolean partOfDay = t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}");
        for (int i = t.firstToken(); i < t.endToken() && i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            String word = token.text().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            Boolean isWeekday = CALENDAR_NAMES.get(word);
            if (isWeekday != null) {
                if (isWeekday) {
                    weekday = weekday < 0 ? i : weekday;
                } else {
                    month = month < 0 ? i : month;
                }
            } else if (!isFiller(token, word) && !(partOfDay && token.tag().startsWith("NN"))) {
                return Optional.empty();
            }
        }
        if (month >= 0) {
            return Optional.of(new BareDate(month, false));
        }
        return weekday >= 0 ? Optional.of(new BareDate(weekday, true)) : Optional.empty();
    }

    private static boolean isFiller(Token token, String word) {
        if (word.matches("\\d{1,2}(st|nd|rd|th)?")) {
            return true;
        }
        return token.isPunctuation() || word.equals("the") || word.equals("of")
                || token.tag().equals("IN") || token.tag().equals("TO") || token.tag().equals("CC")
                || token.isVerb();
    }

    /**
     * The date moved to the publication side its clause points to: the latest one on or before
     * {@code published} for {@code BEFORE}, the earliest on or after it for {@code AFTER}, the
     * nearest for {@code NEAREST} (the earlier on a tie); unchanged when the clause does not
     * tell. Precision is kept.
     */
    PartialDate place(PartialDate date, PartialDate published, ClauseTense.Direction direction) {
        if (direction == ClauseTense.Direction.UNKNOWN || date.precision() == PartialDate.Precision.YEAR
                || (weekly && date.precision() != PartialDate.Precision.DAY)) {
            return date;
        }
        LocalDate on = published.firstDay();
        PartialDate best = null;
        for (int k = -3; k <= 3; k++) {
            Optional<PartialDate> c = candidate(date, on, k);
            if (c.isEmpty()) {
                continue;
            }
            PartialDate d = c.get();
            if (direction == ClauseTense.Direction.BEFORE && !d.firstDay().isAfter(on)) {
                best = best == null || d.compareTo(best) > 0 ? d : best;
            } else if (direction == ClauseTense.Direction.AFTER && !d.lastDay().isBefore(on)) {
                best = best == null || d.compareTo(best) < 0 ? d : best;
            } else if (direction == ClauseTense.Direction.NEAREST
                    && (best == null || distance(d, on) < distance(best, on))) {
                best = d;
            }
        }
        return best == null ? date : best;
    }

    /** Days from the date to {@code on}; 0 when the date contains it. */
    private static long distance(PartialDate date, LocalDate on) {
        if (on.isBefore(date.firstDay())) {
            return date.firstDay().toEpochDay() - on.toEpochDay();
        }
        return on.isAfter(date.lastDay()) ? on.toEpochDay() - date.lastDay().toEpochDay() : 0;
    }

    /**
     * The k-th candidate: the same weekday k weeks from the publication week (SUTime's own year
     * is not trusted near the turn of a year), or the same month and day k years from SUTime's.
     */
    private Optional<PartialDate> candidate(PartialDate date, LocalDate on, int k) {
        try {
            if (weekly) {
                LocalDate sameWeek = on.plusDays(date.firstDay().getDayOfWeek().getValue() - on.getDayOfWeek().getValue());
                return Optional.of(PartialDate.of(sameWeek.plusWeeks(k)));
            }
            return Optional.of(new PartialDate(date.year() + k, date.month(), date.day()));
        } catch (RuntimeException e) {
            return Optional.empty(); // February 29 in a year without one, or a year out of range
        }
    }

    /**
     * True when the resolved date came from the publication date rather than from the words: the
     * expression does not write the year of the date ("in February", "last September",
     * "yesterday", but not "in February 2024").
     */
    static boolean dependsOnAnchor(AnnotatedSentence sentence, TimeMention t, PartialDate date) {
        String year = String.valueOf(date.year());
        for (int i = t.firstToken(); i < t.endToken() && i < sentence.tokens().size(); i++) {
            String word = sentence.tokens().get(i).text().replaceAll("^'", "");
            if (word.equals(year) || (word.length() == 2 && year.endsWith(word) && t.text().contains("'" + word))) {
                return false;
            }
        }
        return true;
    }
}
