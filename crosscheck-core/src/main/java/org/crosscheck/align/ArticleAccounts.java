package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.Quantity;

/**
 * What an article itself says of a counted fact, so that a number is not set against another
 * outlet's when the article already tells both apart:
 * <ul>
 *   <li>the first value an article gives a fact is its account of the story's event; a later,
 *       different value it gives the same fact ("It killed 612 people" after "killing 10 people",
 *       "a magnitude of 6.1 ... in September" after "a 5.6 magnitude earthquake") is an update or
 *       another occasion (an earlier quake, a quake elsewhere), and stays out of comparisons;</li>
 *   <li>a sentence that itself states the other outlet's value for the same kind of count
 *       ("shot three co-workers, killing two" against "killed two co-workers"; "two sons, ages 6
 *       and 16" against "ages 16 and 6") gives a part and a whole, or a list, not another value.</li>
 * </ul>
 * Two counts are of one fact in an article when they count the same thing (a shared key: the
 * noun, the unit's dimension or the property named beside the number) and say the same of it: both without a
 * predicate, or with one predicate, WordNet synonyms, or one a kind of the other ("shoot" is a
 * way to "kill").
 */
final class ArticleAccounts {

    /** The unit of a count of "others" ("two others"): more of those the sentence speaks of. */
    private static final String OTHERS = "other";

    private final NumberReading numbers;
    private final CountedFacts counted;
    /** Counts each pair of values {@link #laterValues} compares. */
    private final LongAdder compared = new LongAdder();

    ArticleAccounts(NumberReading numbers, CountedFacts counted) {
        this.numbers = numbers;
        this.counted = counted;
    }

    /** How many pairs of an article's values {@link #laterValues} has compared, over all calls. */
    long valuesCompared() {
        return compared.sum();
    }

    /**
     * The values, as {@link #key} of claim and displayed value, that an article gives a fact after
     * it has given that fact another value, and the other values of their sentences, which tell
     * of the same other occasion. {@code claims} are in article order.
     */
    Set<String> laterValues(List<Claim> claims) {
        Map<String, List<Stated>> firstByArticle = new LinkedHashMap<>();
        Set<String> out = new HashSet<>();
        for (Claim c : claims) {
            List<Stated> first = firstByArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>());
            List<Stated> added = new ArrayList<>();
            boolean otherOccasion = false;
            for (Quantity q : c.quantities()) {
                if (numbers.partial(c, q)) {
                    continue;
                }
                Optional<Stated> earlier = first.stream().filter(s -> {
                    compared.increment();
                    return sameFact(s.claim(), s.value(), c, q);
                }).findFirst();
                if (earlier.isEmpty()) {
                    added.add(new Stated(c, q));
                } else if (differs(earlier.get(), c, q)) {
                    otherOccasion = true;
                }
            }
            if (otherOccasion) {
                // a sentence one of whose counts tells another occasion tells it of all its counts
                // ("It killed 612 people and injured more than 1,400")
                c.quantities().forEach(q -> out.add(key(c, numbers.display(c, q))));
            } else {
                first.addAll(added);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * A later value names another number than the first: one that disagrees with it, or a bound
     * that the first satisfies but that is written with another number of the same unit ("at
     * least 10 people", later "more than a dozen people were killed by a quake in China").
     */
    private boolean differs(Stated first, Claim c, Quantity q) {
        return numbers.disagree(first.claim(), first.value(), c, q) || java.util.Objects.equals(first.value().unit(), q.unit())
                && Math.abs(numbers.value(first.claim(), first.value()) - numbers.value(c, q)) > 1e-9;
    }

    /** The key of a claim's displayed value in {@link #laterValues}. */
    static String key(Claim claim, String displayed) {
        return claim.id() + "\u0000" + displayed;
    }

    /**
     * The finding sets two numbers against each other that one of its sentences states both of,
     * for counts of the same kind: a part beside its whole, or one list in two orders.
     */
    boolean statedTogether(Finding f) {
        Optional<Quantity> qa = quantity(f.a(), f.valueA());
        Optional<Quantity> qb = quantity(f.b(), f.valueB());
        return qa.isPresent() && qb.isPresent() && (states(f.a(), qa.get(), f.b(), qb.get()) || states(f.b(), qb.get(), f.a(), qa.get()));
    }

    /**
     * One side of the finding counts those who underwent two things ("shot and killed two
     * co-workers"), the other those who underwent the first, or it does not say what ("shot three
     * co-workers", "the three victims"): a part beside its whole, when it is no larger.
     */
    boolean jointPart(Finding f) {
        Optional<Quantity> qa = quantity(f.a(), f.valueA());
        Optional<Quantity> qb = quantity(f.b(), f.valueB());
        return qa.isPresent() && qb.isPresent()
                && (jointPart(f.a(), qa.get(), f.b(), qb.get()) || jointPart(f.b(), qb.get(), f.a(), qa.get()));
    }

    private boolean jointPart(Claim claim, Quantity part, Claim otherClaim, Quantity whole) {
        return part.jointPredicate() != null && whole.jointPredicate() == null
                && (whole.predicate() == null || whole.predicate().equals(part.predicate()))
                && numbers.value(claim, part) <= numbers.value(otherClaim, whole) + 1e-9;
    }

    /**
     * Two sentences that each recall another occasion than the story's event recall the same one
     * when they name something of it in common: a date that can be one day, or a participant or
     * place ("in September"; "the 2005 quake in Bam"). Without one, "It killed 612 people" and
     * "a dozen people were killed by a quake in China" may be two quakes.
     */
    static boolean sameOccasionNamed(Claim a, Claim b) {
        for (DateMention x : a.dates()) {
            for (DateMention y : b.dates()) {
                if (x.date().isCompatibleWith(y.date()) || ClaimMatcher.sameWords(x, y)) {
                    return true;
                }
            }
        }
        Set<String> names = new HashSet<>();
        a.entities().forEach(e -> names.add(e.canonical()));
        if (b.entities().stream().anyMatch(e -> names.contains(e.canonical()))) {
            return true;
        }
        // dates as written, where none could be resolved (no publication date to read them against)
        Set<String> calendar = calendarWords(a.sentence());
        calendar.retainAll(calendarWords(b.sentence()));
        return !calendar.isEmpty();
    }

    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Set<String> MONTHS_AND_DAYS = monthsAndDays();

    private static Set<String> monthsAndDays() {
        Set<String> out = new HashSet<>();
        for (java.time.Month m : java.time.Month.values()) {
            out.add(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            out.add(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The month and day names and years a sentence writes, lower-cased. */
    private static Set<String> calendarWords(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (MONTHS_AND_DAYS.contains(w) || YEAR.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The claim states, beside {@code own}, a value that agrees with {@code other}'s for a count of
     * the same kind, or parts that with {@code own} add up to it ("seven assault rifles, two other
     * rifles" against "nine assault rifles"). The same measure in another unit is no such value.
     */
    private boolean states(Claim claim, Quantity own, Claim otherClaim, Quantity other) {
        double sum = numbers.value(claim, own);
        boolean parts = false;
        for (Quantity q : claim.quantities()) {
            if (q != own && numbers.partial(claim, q) && sharesKey(claim, q, claim, own) && samePredicate(q.predicate(), own.predicate())) {
                sum += numbers.value(claim, q);
                parts = true;
            }
        }
        if (parts && Math.abs(sum - numbers.value(otherClaim, other)) < 1e-9) {
            return true;
        }
        // "shot to death one person and injured two others": those the sentence speaks of, all told
        double all = numbers.value(claim, own);
        boolean others = false;
        for (Quantity q : claim.quantities()) {
            if (q != own && OTHERS.equals(q.unit())) {
                all += numbers.value(claim, q);
                others = true;
            }
        }
        if (others && Math.abs(all - numbers.value(otherClaim, other)) < 1e-9) {
            return true;
        }
        for (Quantity q : claim.quantities()) {
            if (q != own && !restated(claim, own, q) && !numbers.disagree(claim, q, otherClaim, other)
                    && samePredicate(q.predicate(), other.predicate())
                    && (q.unit() == null || other.unit() == null || sharesKey(claim, q, otherClaim, other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two are one measure written in two units ("120,000 kilometres (25,000 miles)"): the
     * second restates the first, right or wrong, and is no second value of the sentence's.
     */
    private boolean restated(Claim claim, Quantity own, Quantity q) {
        Optional<String> dimension = numbers.measure(claim, own).map(m -> m.dimension());
        return dimension.isPresent() && dimension.equals(numbers.measure(claim, q).map(m -> m.dimension()));
    }

    private Optional<Quantity> quantity(Claim claim, String displayed) {
        return claim.quantities().stream().filter(q -> numbers.display(claim, q).equals(displayed)).findFirst();
    }

    /**
     * Two counts of one fact in an article. Two measures of one dimension that say nothing of what
     * happened ("later that day", "2 1/2 years") are not: lengths and times recur for many things.
     */
    private boolean sameFact(Claim a, Quantity qa, Claim b, Quantity qb) {
        if (qa.predicate() == null && qb.predicate() == null && numbers.measure(a, qa).isPresent()
                && numbers.measure(b, qb).isPresent()) {
            return false;
        }
        return sharesKey(a, qa, b, qb) && samePredicate(qa.predicate(), qb.predicate()) || counted.sameFact(a, qa, b, qb);
    }

    private boolean sharesKey(Claim a, Quantity qa, Claim b, Quantity qb) {
        List<String> kb = keys(b, qb);
        return keys(a, qa).stream().anyMatch(kb::contains);
    }

    /** What the number counts or measures: its keys, and the property named beside it. */
    private List<String> keys(Claim claim, Quantity q) {
        List<String> out = new ArrayList<>(numbers.keys(claim, q));
        String property = counted.propertyStem(claim, q);
        if (property != null && !out.contains(property)) {
            out.add(property);
        }
        return out;
    }

    private boolean samePredicate(String x, String y) {
        return x == null || y == null ? x == null && y == null : counted.verbsMatch(x, y, true);
    }

    /** A value as one claim states it. */
    private record Stated(Claim claim, Quantity value) {
    }
}
