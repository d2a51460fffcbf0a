package org.crosscheck.align;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.MeasureUnits;
import org.crosscheck.claims.MeasureUnits.Measure;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.ContentWords;

/**
 * How the numbers of two claims compare: what a number counts (its unit, or else the noun that
 * follows it in the sentence), whether it is approximate, and whether two numbers disagree. A
 * number in a unit of measure ("200ft", "60 metres", "700 miles", "four months") measures a
 * dimension, and two numbers of one dimension are compared in its system unit, whatever units
 * they are written in.
 */
final class NumberReading {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    /** A number given as its least value; the cues are among the approximation cues. */
    private static final Pattern LOWER_BOUND =
            Pattern.compile("\\b(?:more than|over|at least|upwards of|no fewer than|no less than)\\s+$");
    /** A number given as its greatest value. */
    private static final Pattern UPPER_BOUND =
            Pattern.compile("\\b(?:up to|fewer than|less than|under|as many as|at most|no more than)\\s+$");
    /** A number a little above the value it stands for ("nearly 80", "just under $2 million"). */
    private static final Pattern NEAR_BELOW = Pattern.compile("\\b(?:nearly|almost|not quite|(?:just|slightly|a little)"
            + " (?:under|below|less than|short of|shy of))\\s+$");
    /** A number a little below the value it stands for ("just over 10 seconds", "slightly more than 40"). */
    private static final Pattern NEAR_ABOVE = Pattern.compile("\\b(?:just|slightly|a little) (?:over|above|more than)\\s+$");

    /**
     * Words by which a count names a set beside another ("three other people", "another 20", "20
     * more"): a part of what another count of the same happening may total, or the whole of what
     * happened to others than the sentence's count of another happening ("killing 10 and wounding
     * other 70").
     */
    private static final Pattern BESIDE_AFTER = Pattern.compile(
            "^\\s*(?:[\\p{L}]+\\s+)?(?:other|others|more|additional|further|extra)\\b");
    private static final Pattern BESIDE_BEFORE = Pattern.compile(
            "\\b(?:another|other|additional|further|extra)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /**
     * Words by which a count names only part of what another count may total: a breakdown of a
     * total ("including two children", "of which two exploded", "the remaining three"), or one
     * component of a sum ("$200 million in cash").
     */
    private static final Pattern PART_AFTER = Pattern.compile(
            "^\\s*(?:[\\p{L}]+\\s+)?(?:remaining|in cash|in stock|in shares)\\b");
    /** A count of some of a set named after it ("17 of the ships", "two of its planes"). */
    private static final Pattern PART_OF = Pattern.compile("^\\s*of\\s+(?:the|these|those|its|their|his|her|our)\\b");
    private static final Pattern PART_BEFORE = Pattern.compile(
            "\\b(?:remaining|including|include|includes|included|of which|of whom|of them"
                    + "|among them|among whom|besides|plus|in addition to)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** The first or last few of more ("his first 11 seasons", "the last 24 hours"). */
    private static final Pattern PART_END = Pattern.compile("\\b(?:first|last)\\s+$", Pattern.CASE_INSENSITIVE);
    /** The sentence splits a sum into its parts ("the rest in shares", "the remainder"). */
    private static final Pattern REMAINDER = Pattern.compile("\\bthe (?:rest|remainder|balance)\\b");
    /** Punctuation that ends a number's phrase. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("^\\s*[,;:.!?)\"\u201d]");
    /** A number written with its thousands apart ("2, 500"): the group after the comma. */
    private static final Pattern THOUSANDS_AFTER = Pattern.compile("^\\s*,\\s+(\\d{3})(?![\\d.,]\\d)");
    private static final Pattern THOUSANDS_BEFORE = Pattern.compile("(?<![\\d.])\\d{1,3}\\s*,\\s+$");
    /** A unit written onto the number ("6.4-magnitude", "200-foot"). */
    private static final Pattern HYPHEN_UNIT = Pattern.compile("^\\s*-\\s*([\\p{L}]+)");
    /** The first word after a number ("kilometers" of "150 kilometers", "foot" of "200-foot"). */
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*(?:-\\s*)?([\\p{L}][\\p{L}/]*)");
    /** The words just after a number, where its unit may stand ("passing yards"). */
    private static final Pattern UNIT_NEAR = Pattern.compile("\\G\\s*-?\\s*([\\p{L}][\\p{L}/]*)");
    /** The last word of a number's text. */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}/]+)\\s*$");
    /** A measure whose unit is joined to it by a hyphen ("15 - year", "three-month"). */
    private static final Pattern HYPHEN_MEASURE = Pattern.compile("[\\p{L}\\p{N}]\\s*-\\s*\\p{L}+$");
    /** A unit per another written after a number's unit: "miles per hour", "km an hour", "ft/s". */
    private static final Pattern PER = Pattern.compile("^\\s*(?:per|an|a|/)\\s*([\\p{L}]+)");
    /** An age as written: "48-year-old", "47 years old", "aged 47", "Assange, 47,", "Assange (47)". */
    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})\\s*-\\s*years?\\s*-\\s*old\\b|\\b(\\d{1,3}) years? old\\b|\\baged? (\\d{1,3})\\b"
                    + "|\\p{Lu}[\\p{L}'.-]*\\s*,\\s+(\\d{1,3})\\s*(?:,|\\)|\\.$)"
                    + "|\\p{Lu}[\\p{L}'.-]*\\s*\\(\\s*(\\d{1,3})\\s*\\)");

    /**
     * An age as the sentence writes it: its value, where the number starts, where the age's
     * words end, and whom it is written onto: the name after it ("the 48-year-old Marsh"), the
     * name before it ("Marsh, 47,", "Marsh (47)", "Marsh, aged 47"), or neither ("is 47 years old").
     */
    record Age(int value, int start, int end, Written written) {
    }

    /** Which name an age is written onto. */
    enum Written { ONTO_NEXT, ONTO_PREVIOUS, APART }


    private final ContentWords words;
    private final AlignmentSettings settings;
    private final Set<String> cueWords;
    private final Pattern runningTotal;
    /** A word that names only a measure ("magnitude"): a noun and no verb. */
    private final java.util.function.Predicate<String> measure;
    /**
     * Two predicates (verb lemmas) say the same happened, or one brings the other about ("wound"
     * and "injure", "kill" and "die"); "kill" and "wound" name two happenings.
     */
    private final java.util.function.BiPredicate<String, String> sameHappening;
    /**
     * A word by which a clause says who said so ("said", "told", "according"); what comes before
     * it does not frame a count.
     */
    private final java.util.function.Predicate<String> reporting;

    NumberReading(ContentWords words, AlignmentSettings settings, java.util.function.Predicate<String> measure,
                  java.util.function.BiPredicate<String, String> sameHappening, java.util.function.Predicate<String> reporting) {
        this.measure = measure;
        this.reporting = reporting;
        this.sameHappening = sameHappening;
        this.words = words;
        this.settings = settings;
        this.cueWords = settings.approximationCues().stream().flatMap(c -> Arrays.stream(c.split("\\s+")))
                .collect(Collectors.toUnmodifiableSet());
        this.runningTotal = AlignmentSettings.anyOf(settings.runningTotalCues(), "");
    }

    /** What the quantity counts, as a stem ("peopl", "usd"), or empty when the sentence does not say. */
    Optional<String> countedKey(Claim claim, Quantity q) {
        if (q.unit() != null && !q.unit().isBlank()) {
            return Optional.of(words.stem(q.unit()));
        }
        Optional<String> thousands = thousandsOf(claim, q).map(Quantity::unit).filter(u -> !u.isBlank());
        if (thousands.isPresent()) { // "4, 183 passing yards" counts the yards its "183" counts
            return Optional.of(words.stem(thousands.get()));
        }
        if (at(claim.sentence(), q.text()) < 0) {
            return Optional.empty();
        }
        if (CLAUSE_ENDS.matcher(afterNumber(claim, q)).find()) {
            // "wounding other 70, officials said": no word after the number's clause is what it counts
            return Optional.empty();
        }
        List<String> after = words.tokens(afterNumber(claim, q));
        if (PART_OF.matcher(afterNumber(claim, q).toLowerCase(Locale.ROOT)).find()) {
            // "17 of the hijacked ships" counts the ships, as "17 hijacked ships" does
            after = after.subList(Math.min(2, after.size()), after.size());
        }
        if (after.isEmpty() || after.get(0).chars().anyMatch(Character::isDigit) || after.get(0).length() < 2
                || settings.stopWords().contains(after.get(0))) {
            return Optional.empty();
        }
        return Optional.of("#" + after.get(0));
    }

    /**
     * The number names nothing it counts but those its predicate speaks of: "50 were injured",
     * "injuring 80", "the 80 wounded", "about 50 hurt". A reader takes such counts of one
     * predicate for counts of one set, as persons are counted in a toll. A count is a whole
     * number, and not one of a score or a clock time ("led 13 - 3", "with 4: 43 left").
     */
    boolean countsWhomPredicateNames(Claim claim, Quantity q) {
        if (q.predicate() == null || q.unit() != null && !q.unit().isBlank() || q.value() != Math.rint(q.value())
                || measure(claim, q).isPresent() || paired(claim, q)) {
            return false;
        }
        Optional<String> key = countedKey(claim, q);
        return key.isEmpty() || key.get().equals("#" + words.stem(q.predicate()));
    }

    /** The number is one of a pair written with a hyphen or colon: a score ("led 13 - 3"), a clock time ("4: 43 left"). */
    private static boolean paired(Claim claim, Quantity q) {
        int at = at(claim.sentence(), q.text());
        return at >= 0 && (PAIRED_BEFORE.matcher(claim.sentence().substring(0, at)).find()
                || PAIRED_AFTER.matcher(claim.sentence().substring(at + q.text().length())).find());
    }

    private static final Pattern PAIRED_BEFORE = Pattern.compile("\\d\\s*[-:\u2013]\\s*$");
    private static final Pattern PAIRED_AFTER = Pattern.compile("^\\s*[-:\u2013]\\s*\\d");

    /** The single quantity of the claim that counts the key, or empty when none or several do. */
    Optional<Quantity> only(Claim claim, String key) {
        List<Quantity> hits = claim.quantities().stream()
                .filter(q -> countedKey(claim, q).map(key::equals).orElse(false))
                .toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /**
     * True when the number carries an approximation cue in its text or just before it, and is
     * not read as a little under or over its value ("nearly 80": a range of its own).
     */
    boolean approximate(Claim claim, Quantity q) {
        String cue = cueText(claim, q);
        return cued(claim, q) && !NEAR_BELOW.matcher(cue).find() && !NEAR_ABOVE.matcher(cue).find();
    }

    private boolean cued(Claim claim, Quantity q) {
        String text = q.text().toLowerCase(Locale.ROOT);
        String sentence = claim.sentence().toLowerCase(Locale.ROOT);
        int at = at(sentence, text);
        String before = at < 0 ? "" : sentence.substring(Math.max(0, at - 24), at);
        for (String cue : settings.approximationCues()) {
            if (text.startsWith(cue + " ") || before.matches("(?s).*\\b" + Pattern.quote(cue) + "\\s+$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the two numbers cannot both be true: each is read as the values it allows (a
     * value within the tolerance, "at least 2" any value from 2 up, "up to 120" any value to
     * 120, "nearly 80" a value a little under 80: from 80 less the approximate tolerance up to
     * 80, "just over 10" a little over 10) and the two leave no value in common, beyond the
     * rounding of a plain figure. "Nearly 80" and "79", "78" or "80" agree; "nearly 80" and
     * "82" or "60" do not; "about 80" is read both ways. Measures of one dimension are compared in its
     * system unit, with the tolerance of approximate numbers when their units differ: "200ft" and
     * "60m" agree, "200ft" and "200 metres" do not. Two bounds of one direction ("at least 10
     * people", "at least three people") always share values, so they never disagree. "At least
     * two shells" and "three shells" agree; "more than 100 mph" and "up to 60 mph" do not.
     */
    boolean disagree(Claim a, Quantity qa, Claim b, Quantity qb) {
        double va = value(a, qa);
        double vb = value(b, qb);
        Optional<Measure> ma = measure(a, qa);
        Optional<Measure> mb = measure(b, qb);
        boolean converted = false;
        if (ma.isPresent() && mb.isPresent() && ma.get().dimension().equals(mb.get().dimension())) {
            va = ma.get().toSystem(va);
            vb = mb.get().toSystem(vb);
            converted = !ma.get().unit().equals(mb.get().unit());
        }
        // a figure converted from another unit is rounded as an approximate one is ("200ft (60m)")
        double tolerance = approximate(a, qa) || approximate(b, qb) || converted
                ? settings.approximateNumberTolerance() : settings.numberTolerance();
        double slack = tolerance * Math.max(Math.abs(va), Math.abs(vb));
        // "at least 10" and "at least three" are both true of 12: ranges of one direction always meet
        Range ra = range(a, qa, va);
        Range rb = range(b, qb, vb);
        return ra.lo() - rb.hi() > slack || rb.lo() - ra.hi() > slack;
    }

    /** The values a number allows, from {@code lo} to {@code hi}. */
    private record Range(double lo, double hi) {
    }

    /** The values the number written as {@code value} allows, by the cue before it. */
    private Range range(Claim claim, Quantity q, double value) {
        String cue = cueText(claim, q);
        double near = settings.approximateNumberTolerance() * Math.abs(value);
        if (NEAR_BELOW.matcher(cue).find()) {
            return new Range(value - near, value);
        }
        if (NEAR_ABOVE.matcher(cue).find()) {
            return new Range(value, value + near);
        }
        if (LOWER_BOUND.matcher(cue).find()) {
            return new Range(value, Double.POSITIVE_INFINITY);
        }
        return UPPER_BOUND.matcher(cue).find() ? new Range(Double.NEGATIVE_INFINITY, value) : new Range(value, value);
    }

    /**
     * The value as a reader reads it: a number whose thousands the tokeniser set apart ("2, 500",
     * read as 2 and 500) is the whole number.
     */
    double value(Claim claim, Quantity q) {
        int at = at(claim.sentence(), q.text());
        if (at < 0 || !q.text().matches("\\d{1,3}")) {
            return q.value();
        }
        Matcher m = THOUSANDS_AFTER.matcher(claim.sentence().substring(at + q.text().length()));
        return m.find() ? q.value() * 1000 + Integer.parseInt(m.group(1)) : q.value();
    }

    /**
     * Where the number's text stands in the sentence as a number of its own: the "1" of "killed
     * 612 and injured 1, 400" is the one before ", 400", not the one inside "612"; a "4" is not
     * the decimal of "6.4". The first plain occurrence when none stands apart; -1 when the text
     * is not in the sentence.
     */
    static int at(String sentence, String text) {
        int first = sentence.indexOf(text);
        for (int i = first; i >= 0 && !text.isEmpty(); i = sentence.indexOf(text, i + 1)) {
            int end = i + text.length();
            boolean apartBefore = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1))
                    && !(sentence.charAt(i - 1) == '.' && i > 1 && Character.isDigit(sentence.charAt(i - 2)));
            boolean apartAfter = end >= sentence.length() || !Character.isDigit(sentence.charAt(end))
                    || !Character.isDigit(text.charAt(text.length() - 1));
            if (apartBefore && apartAfter) {
                return i;
            }
        }
        return first;
    }

    /** The quantity that holds the thousands of a number the tokeniser set apart ("183" of "4, 183 yards"), or empty. */
    private static Optional<Quantity> thousandsOf(Claim claim, Quantity q) {
        int at = at(claim.sentence(), q.text());
        if (at < 0 || !q.text().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        Matcher m = THOUSANDS_AFTER.matcher(claim.sentence().substring(at + q.text().length()));
        return m.find() ? claim.quantities().stream().filter(o -> o != q && o.text().equals(m.group(1))).findFirst()
                : Optional.empty();
    }

    /** The sentence after the number as written, its thousands group set apart ("2, 500") included. */
    private String afterNumber(Claim claim, Quantity q) {
        int at = at(claim.sentence(), q.text());
        if (at < 0) {
            return "";
        }
        String after = claim.sentence().substring(at + q.text().length());
        Matcher m = THOUSANDS_AFTER.matcher(after);
        return q.text().matches("\\d{1,3}") && m.find() ? after.substring(m.end()) : after;
    }

    /**
     * The unit of measure the number is written in: its unit ("foot", "ft" of "200ft", "month"),
     * else the word after it ("kilometers", "foot" of "200-foot"), divided by a unit of time that
     * follows ("miles per hour"); empty for a count, a sum of money or a share.
     */
    Optional<Measure> measure(Claim claim, Quantity q) {
        if (q.unit() != null && q.unit().matches("[A-Z]{3}|money|percent")) {
            return Optional.empty();
        }
        String after = afterNumber(claim, q);
        Optional<Measure> unit;
        if (q.unit() != null && !q.unit().isBlank()) {
            unit = MeasureUnits.of(q.unit());
        } else {
            Matcher word = WORD_AFTER.matcher(after);
            unit = word.find() ? MeasureUnits.of(word.group(1)) : Optional.empty();
            if (unit.isEmpty()) { // "4, 183 passing yards": the unit its thousands group is read with
                unit = thousandsOf(claim, q).map(Quantity::unit).filter(u -> !u.isBlank()).flatMap(MeasureUnits::of);
            }
        }
        if (unit.isEmpty() || unit.get().dimension().equals("speed") || unit.get().dimension().equals("duration")) {
            return unit;
        }
        boolean written = unitWritten(q);
        Matcher word = WORD_AFTER.matcher(after);
        String rest = written ? after : word.find() ? after.substring(word.end()) : "";
        Matcher per = PER.matcher(rest);
        if (per.find()) {
            Optional<Measure> time = MeasureUnits.of(per.group(1)).filter(t -> t.dimension().equals("duration"));
            if (time.isPresent()) {
                return unit.get().per(time.get());
            }
        }
        return unit;
    }

    /** The number's text ends in its unit ("200ft", "four months", "15 - year"), not in a fraction ("four and a half"). */
    private static boolean unitWritten(Quantity q) {
        Matcher last = LAST_WORD.matcher(q.text());
        return last.find() && (MeasureUnits.of(last.group(1)).isPresent()
                || MeasureUnits.of(last.group(1).replaceAll("^\\p{N}+", "")).isPresent());
    }

    /**
     * The noun a measure joined by a hyphen describes ("employee" of "a 15 - year employee",
     * "wall" of "a 200-foot wall"): such a measure is the noun's, not the event's, and is compared
     * only with a measure of that noun.
     */
    private Optional<String> modifiedNoun(Claim claim, Quantity q) {
        String after = afterNumber(claim, q);
        Matcher m;
        if (HYPHEN_MEASURE.matcher(q.text()).find()) {
            m = WORD_AFTER.matcher(after);
        } else {
            Matcher hyphen = HYPHEN_UNIT.matcher(after);
            if (!hyphen.find()) {
                return Optional.empty();
            }
            m = WORD_AFTER.matcher(after.substring(hyphen.end()));
        }
        if (!m.find() || settings.stopWords().contains(m.group(1).toLowerCase(Locale.ROOT))
                || after.substring(0, m.start(1)).contains(",")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The number is the thousands-and-after group of a number set apart by the tokeniser ("500" of "2, 500"). */
    boolean fragment(Claim claim, Quantity q) {
        int at = at(claim.sentence(), q.text());
        return at > 0 && q.text().matches("\\d{3}")
                && THOUSANDS_BEFORE.matcher(claim.sentence().substring(0, at)).find();
    }

    /**
     * The number counts a part of what another count may total, not the whole: a subset beside
     * others ("three other people", "another 20", "of which two", "17 of the ships"), the first or last
     * few of more ("his first 11 seasons"), one component of a sum ("$200
     * million in cash", "the rest in shares"). A part and a whole can both be true.
     */
    boolean partial(Claim claim, Quantity q) {
        String sentence = claim.sentence().toLowerCase(Locale.ROOT);
        int at = at(sentence, q.text().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return false;
        }
        String before = sentence.substring(Math.max(0, at - 40), at);
        String after = sentence.substring(at + q.text().length());
        boolean beside = BESIDE_AFTER.matcher(after).find() || BESIDE_BEFORE.matcher(before).find();
        return beside && !besideAnotherHappening(claim, q) || PART_AFTER.matcher(after).find() || PART_OF.matcher(after).find()
                || PART_BEFORE.matcher(before).find() || PART_END.matcher(before).find() || REMAINDER.matcher(sentence).find();
    }

    /**
     * The count named as a set beside another ("wounding other 70") follows, in its sentence, a
     * count of another happening ("killing 10 persons"): the others are others than those, and
     * the count is the whole of what happened to it. "Two were killed and three other people
     * died" names more of one happening (killing leads to death).
     */
    private boolean besideAnotherHappening(Claim claim, Quantity q) {
        if (q.predicate() == null) {
            return false;
        }
        int at = at(claim.sentence(), q.text());
        for (Quantity earlier : claim.quantities()) {
            if (earlier == q) {
                return false;
            }
            int from = at(claim.sentence(), earlier.text());
            if (from >= 0 && from < at && earlier.predicate() != null && !sameHappening.test(earlier.predicate(), q.predicate())
                    && !sameHappening.test(q.predicate(), earlier.predicate())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the quantity may count, as stems: its unit or the word after it, a unit written onto
     * it ("6.4-magnitude") and a measure named just before it ("magnitude 6.1"), so that two
     * numbers written either way are compared; for a number in a unit of measure, the dimension
     * it measures ("length"), so that numbers in feet and in metres are compared.
     */
    List<String> keys(Claim claim, Quantity q) {
        List<String> out = new ArrayList<>();
        if (fragment(claim, q)) {
            return out;
        }
        Optional<Measure> measured = measure(claim, q);
        if (measured.isPresent()) { // "200ft" and "60 metres" are both lengths
            out.add(measured.get().dimension() + modifiedNoun(claim, q).map(n -> " of " + words.stem(n)).orElse(""));
            return out;
        }
        countedKey(claim, q).map(k -> k.startsWith("#") ? k.substring(1) : k).ifPresent(out::add);
        int at = at(claim.sentence(), q.text());
        if (at < 0 || q.unit() != null && (q.unit().matches("[A-Z]{3}|money|percent"))) {
            // a sum of money or a share is measured by its currency alone: euros are not pounds
            return out;
        }
        Matcher hyphen = HYPHEN_UNIT.matcher(claim.sentence().substring(at + q.text().length()));
        if (hyphen.find()) {
            addKey(out, hyphen.group(1));
        }
        Matcher before = Pattern.compile("([\\p{L}]+)\\s+$").matcher(claim.sentence().substring(0, at));
        if (before.find() && measure.test(before.group(1).toLowerCase(Locale.ROOT))) {
            addKey(out, before.group(1));
        }
        return out;
    }

    private void addKey(List<String> keys, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 2 || settings.stopWords().contains(w)) {
            return;
        }
        String stem = words.stem(w);
        if (!keys.contains(stem)) {
            keys.add(stem);
        }
    }

    /**
     * The single quantity of the claim that may count the key and is the whole of it, or empty.
     * One measure written in two units ("1, 150 kilometers (700 miles)") is one quantity.
     */
    Optional<Quantity> onlyWhole(Claim claim, String key) {
        List<Quantity> found = claim.quantities().stream().filter(q -> keys(claim, q).contains(key)).toList();
        List<Quantity> hits = found.size() > 1 && measure(claim, found.get(0)).isPresent()
                && found.stream().noneMatch(q -> disagree(claim, found.get(0), claim, q)) ? found.subList(0, 1) : found;
        return hits.size() == 1 && !partial(claim, hits.get(0)) ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /**
     * The one age the sentence gives ("48-year-old", "47 years old", "aged 47", "Assange, 47,"),
     * with where it is written, or empty when none or several.
     */
    Optional<Age> age(Claim claim) {
        Matcher m = AGE.matcher(claim.sentence());
        List<Age> found = new ArrayList<>();
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int value = Integer.parseInt(m.group(g));
                    Written written = switch (g) {
                        case 1 -> Written.ONTO_NEXT;
                        case 2 -> Written.APART;
                        default -> Written.ONTO_PREVIOUS;
                    };
                    if (value > 0 && value < 120 && found.stream().noneMatch(f -> f.value() == value)) {
                        found.add(new Age(value, m.start(g), m.end(), written));
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The words before the number that may cue how it is read, with any cue inside its text ("more than 100"). */
    private static String cueText(Claim claim, Quantity q) {
        String text = q.text().toLowerCase(Locale.ROOT);
        String sentence = claim.sentence().toLowerCase(Locale.ROOT);
        int at = at(sentence, text);
        String before = (at < 0 ? "" : sentence.substring(Math.max(0, at - 24), at));
        Matcher cue = Pattern.compile("^((?:[\\p{L}]+\\s+){1,2})").matcher(text);
        if (cue.find()) { // the cue is part of the number's text ("more than 100")
            before = before + " " + cue.group(1);
        }
        return before;
    }

    /**
     * The word that frames a count: the nearest word before the number, in its clause, that is
     * neither a function word nor part of an approximation cue, lower-cased ("first" in "his
     * first 17 passes", "killing" in "killing at least 10 people"); empty when the clause starts
     * with the number or the words before it only say who said so ("Officials said 12 people",
     * "According to the fire service, 12 people").
     */
    String frame(Claim claim, Quantity q) {
        int at = at(claim.sentence(), q.text());
        if (at <= 0) {
            return "";
        }
        String before = claim.sentence().substring(0, at).toLowerCase(Locale.ROOT);
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf(':'), before.lastIndexOf('(')));
        Matcher m = WORD.matcher(before.substring(clause + 1));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (reporting.test(w)) {
                return "";
            }
            if (!settings.stopWords().contains(w) && !cueWords.contains(w)) {
                return w;
            }
        }
        return "";
    }

    /** The claim gives a running total ("so far", "to date"), not the count of one occasion. */
    boolean runningTotal(Claim claim) {
        return runningTotal.matcher(claim.sentence().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The number as shown on a conflict side: its value and what it counts; a measure as written,
     * in its own unit ("200ft", "60 metres", "four and a half months").
     */
    String display(Claim claim, Quantity q) {
        String number = BigDecimal.valueOf(value(claim, q)).stripTrailingZeros().toPlainString();
        if (measure(claim, q).isPresent()) {
            if (unitWritten(q)) {
                return q.text();
            }
            String written = value(claim, q) == q.value() ? q.text() : number;
            Matcher word = WORD_AFTER.matcher(afterNumber(claim, q));
            String shown = word.find() ? word.group(1) : q.unit();
            Matcher unit = UNIT_NEAR.matcher(afterNumber(claim, q));
            for (int read = 0; read < 3 && shown != null && MeasureUnits.of(shown).isEmpty() && unit.find(); read++) { // "4183 yards" of "4, 183 passing yards"
                shown = MeasureUnits.of(unit.group(1)).isPresent() ? unit.group(1) : shown;
            }
            return written + " " + shown;
        }
        if (q.unit() != null && !q.unit().isBlank()) {
            return number + " " + q.unit();
        }
        int at = at(claim.sentence(), q.text());
        if (at >= 0) {
            String rest = claim.sentence().substring(at + q.text().length()).strip();
            String noun = rest.split("[^\\p{L}\\p{N}'-]+", 2)[0];
            // "50 were injured", "injuring 50" and "the 50 wounded" all show 50
            if (!noun.isEmpty() && !countsWhomPredicateNames(claim, q)) {
                return number + " " + noun;
            }
        }
        return number;
    }

    /** What a conflict over the number is about: "the length" of a measure, "the number of people", "a number". */
    String topic(Claim claim, Quantity q) {
        Optional<Measure> measure = measure(claim, q);
        if (measure.isPresent()) {
            return "the " + measure.get().dimension();
        }
        String noun = countedNoun(claim, q);
        return noun == null ? "a number" : "the number of " + noun;
    }

    /** What the number counts, for a description ("people"), or null. */
    String countedNoun(Claim claim, Quantity q) {
        String shown = display(claim, q);
        int space = shown.indexOf(' ');
        return space < 0 ? null : shown.substring(space + 1);
    }
}
