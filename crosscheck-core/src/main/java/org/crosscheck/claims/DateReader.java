package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.TimeMention;
import org.crosscheck.language.TimexType;
import org.crosscheck.time.PartialDate;

/**
 * The calendar dates a sentence states, from SUTime's TIMEX3 values. Only values that are a
 * year, a month or a day ({@code 2024}, {@code 2024-02}, {@code 2024-02-16}) become dates;
 * weeks, unanchored values ({@code XXXX-02-18}), {@code PRESENT_REF}, durations and sets are
 * ignored, so no precision is ever invented. A TIME value ({@code 2024-02-18T10:00}) gives its
 * day only when the expression names the day itself ("10 a.m. on February 18"), not when SUTime
 * has glued a clock time to the document date ("10 a.m.").
 */
final class DateReader {

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "weekend", "weekday");
    private static final Pattern TIME_WITH_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T.*");

    private final ClaimCues cues;

    DateReader(ClaimCues cues) {
        this.cues = cues;
    }

    /** The dates of a sentence, in order, with no publication date to place bare months and weekdays. */
    List<DateMention> read(AnnotatedSentence sentence) {
        return read(sentence, null, false);
    }

    /**
     * The dates of a sentence, in order. A bare month, day or weekday ("in February", "on 3
     * March", "until Monday") is placed before or after {@code anchor} (the publication date
     * the sentence was annotated against) by the tense of its clause, see {@link ClauseTense}.
     *
     * @param borrowed true when {@code anchor} is not the article's own date but its story's:
     *                 dates that depend on it are then marked inferred
     */
    List<DateMention> read(AnnotatedSentence sentence, PartialDate anchor, boolean borrowed) {
        List<DateMention> out = new ArrayList<>();
        PartialDate day = anchor != null && anchor.precision() == PartialDate.Precision.DAY ? anchor.dateOnly() : null;
        for (TimeMention t : sentence.times()) {
            Optional<PartialDate> found = date(t);
            if (found.isEmpty()) {
                continue;
            }
            PartialDate d = found.get();
            Optional<BareDate> bare = day == null ? Optional.empty() : BareDate.of(sentence, t);
            if (bare.isPresent()) {
                d = bare.get().place(d, day, ClauseTense.of(sentence, bare.get().head()));
            }
            out.add(new DateMention(t.text(), d, borrowed && BareDate.dependsOnAnchor(sentence, t, d)));
        }
        return out;
    }

    Optional<PartialDate> date(TimeMention t) {
        if (t.value() == null || habitual(t.text())) {
            return Optional.empty();
        }
        if (t.type() == TimexType.DATE) {
            return PartialDate.parseCalendar(t.value()).flatMap(d -> limitedByOffset(t.text(), d));
        }
        if (t.type() == TimexType.TIME) {
            Matcher m = TIME_WITH_DAY.matcher(t.value());
            if (m.matches() && namesADay(t.text())) {
                return PartialDate.parseCalendar(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The date as far as an offset in the expression allows: none for offsets from another event
     * ("later", "earlier"), cut to the unit counted for "ago" ("35 years ago" -> a year).
     */
    private Optional<PartialDate> limitedByOffset(String text, PartialDate date) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (words.stream().anyMatch(w -> "skip".equals(cues.dateOffsets().get(w)))) {
            return Optional.empty();
        }
        if (!words.contains("ago")) {
            return Optional.of(date);
        }
        for (String w : words) {
            String unit = cues.dateOffsets().get(w);
            if ("year".equals(unit)) {
                return Optional.of(PartialDate.ofYear(date.year()));
            }
            if ("month".equals(unit) && date.month() != null) {
                return Optional.of(PartialDate.ofMonth(date.year(), date.month()));
            }
        }
        return Optional.of(date);
    }

    /**
     * True for a recurring time ("Sunday afternoons", "on Mondays", "weekday mornings"): a day
     * or part of a day in the plural names no one date, though SUTime anchors it to one.
     */
    private boolean habitual(String text) {
        boolean day = false;
        boolean plural = false;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            boolean isDay = cues.dateWords().contains(singular) || PARTS_OF_DAY.contains(singular);
            day |= isDay;
            plural |= isDay && !singular.equals(word);
        }
        return day && plural;
    }

    private boolean namesADay(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d/]+")) {
            if (cues.dateWords().contains(word) || word.matches("\\d{1,4}/\\d{1,2}(/\\d{1,4})?")) {
                return true;
            }
        }
        return false;
    }
}
