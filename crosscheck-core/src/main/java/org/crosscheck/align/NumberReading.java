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
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.ContentWords;

/**
 * How the numbers of two claims compare: what a number counts (its unit, or else the noun that
 * follows it in the sentence), whether it is approximate, and whether two numbers disagree.
 */
final class NumberReading {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    /** A number given as its least value; the cues are among the approximation cues. */
    private static final Pattern LOWER_BOUND =
            Pattern.compile("\\b(?:more than|over|at least|upwards of)\\s+\\S*\\d\\S*(?:\\s+[\\p{L}%]+)?\\s*$");
    /** A number given as its greatest value. */
    private static final Pattern UPPER_BOUND =
            Pattern.compile("\\b(?:up to|fewer than|less than|under|as many as)\\s+\\S*\\d\\S*(?:\\s+[\\p{L}%]+)?\\s*$");

    /** Words by which a clause says who said so; what comes before them does not frame a count. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells",
            "reported", "reports", "according", "announced", "stated", "confirmed");

    private final ContentWords words;
    private final AlignmentSettings settings;
    private final Set<String> cueWords;
    private final Pattern runningTotal;

    NumberReading(ContentWords words, AlignmentSettings settings) {
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
        int at = claim.sentence().indexOf(q.text());
        if (at < 0) {
            return Optional.empty();
        }
        List<String> after = words.tokens(claim.sentence().substring(at + q.text().length()));
        if (after.isEmpty() || after.get(0).chars().anyMatch(Character::isDigit) || after.get(0).length() < 2
                || settings.stopWords().contains(after.get(0))) {
            return Optional.empty();
        }
        return Optional.of("#" + after.get(0));
    }

    /** The single quantity of the claim that counts the key, or empty when none or several do. */
    Optional<Quantity> only(Claim claim, String key) {
        List<Quantity> hits = claim.quantities().stream()
                .filter(q -> countedKey(claim, q).map(key::equals).orElse(false))
                .toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** True when the number carries an approximation cue in its text or just before it. */
    boolean approximate(Claim claim, Quantity q) {
        String text = q.text().toLowerCase(Locale.ROOT);
        String sentence = claim.sentence().toLowerCase(Locale.ROOT);
        int at = sentence.indexOf(text);
        String before = at < 0 ? "" : sentence.substring(Math.max(0, at - 24), at);
        for (String cue : settings.approximationCues()) {
            if (text.startsWith(cue + " ") || before.matches("(?s).*\\b" + Pattern.quote(cue) + "\\s+$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the two numbers are further apart than the tolerance allows. A lower bound and
     * an upper bound ("more than 100 mph", "up to 120 mph") disagree only when they leave no
     * value between them.
     */
    boolean disagree(Claim a, Quantity qa, Claim b, Quantity qb) {
        double tolerance = approximate(a, qa) || approximate(b, qb)
                ? settings.approximateNumberTolerance() : settings.numberTolerance();
        double larger = Math.max(Math.abs(qa.value()), Math.abs(qb.value()));
        int ba = bound(a, qa);
        int bb = bound(b, qb);
        if (ba * bb < 0) {
            double lower = ba > 0 ? qa.value() : qb.value();
            double upper = ba > 0 ? qb.value() : qa.value();
            return lower - upper > tolerance * larger;
        }
        return Math.abs(qa.value() - qb.value()) > tolerance * larger;
    }

    /** 1 when the number is a lower bound ("more than 100"), -1 when an upper one ("up to 120"), else 0. */
    private static int bound(Claim claim, Quantity q) {
        String text = q.text().toLowerCase(Locale.ROOT);
        String sentence = claim.sentence().toLowerCase(Locale.ROOT);
        int at = sentence.indexOf(text);
        String before = (at < 0 ? "" : sentence.substring(Math.max(0, at - 24), at)) + " " + text;
        if (LOWER_BOUND.matcher(before).find()) {
            return 1;
        }
        return UPPER_BOUND.matcher(before).find() ? -1 : 0;
    }

    /**
     * The word that frames a count: the nearest word before the number, in its clause, that is
     * neither a function word nor part of an approximation cue, lower-cased ("first" in "his
     * first 17 passes", "killing" in "killing at least 10 people"); empty when the clause starts
     * with the number or the words before it only say who said so ("Officials said 12 people",
     * "According to the fire service, 12 people").
     */
    String frame(Claim claim, Quantity q) {
        int at = claim.sentence().indexOf(q.text());
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
            if (REPORTING.contains(w)) {
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

    /** The number as shown on a conflict side: its value and what it counts. */
    String display(Claim claim, Quantity q) {
        String number = BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString();
        if (q.unit() != null && !q.unit().isBlank()) {
            return number + " " + q.unit();
        }
        int at = claim.sentence().indexOf(q.text());
        if (at >= 0) {
            String rest = claim.sentence().substring(at + q.text().length()).strip();
            String noun = rest.split("[^\\p{L}\\p{N}'-]+", 2)[0];
            if (!noun.isEmpty()) {
                return number + " " + noun;
            }
        }
        return number;
    }

    /** What the number counts, for a description ("people"), or null. */
    String countedNoun(Claim claim, Quantity q) {
        String shown = display(claim, q);
        int space = shown.indexOf(' ');
        return space < 0 ? null : shown.substring(space + 1);
    }
}
