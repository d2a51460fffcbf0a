package org.crosscheck.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EntityType;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.time.PartialDate;

/**
 * Counts of one fact compared wherever in two articles they stand, not only between similar
 * sentences: "the quake injured two people" and "injuring five people and damaging buildings"
 * count who was injured. Two counts are of one fact when they count persons and say the same
 * happened to them (one predicate, or WordNet synonyms: "wound" and "injure"), or when they
 * measure a property that the story's event has once (a quake's "magnitude"). A count is left
 * alone where it could be a part, a bound that the other satisfies, a running total, of another
 * occasion, or of a property that one article itself gives two values (this quake's magnitude
 * and an earlier one's). Measures in units and sums of money are not compared here: in one
 * story they recur for many occasions (a game's yards, a career's years, several offers).
 */
final class CountedFacts {

    /** How many hypernym steps a counted noun may lie below another's ("villager" under "person"). */
    private static final int KIND_STEPS = 6;
    /** Hypernym steps between two predicates of one count ("level" is a way to "destroy"). */
    private static final int ACTION_STEPS = 2;

    private final ClaimMatcher matcher;
    private final NumberReading numbers;
    private final Lexicon lexicon;

    CountedFacts(ClaimMatcher matcher, NumberReading numbers, Lexicon lexicon) {
        this.matcher = matcher;
        this.numbers = numbers;
        this.lexicon = lexicon;
    }

    /**
     * The properties an article itself gives two values ("a magnitude 5.6 quake" on Sunday and
     * "the magnitude 6.1 quake" of September), as article id, NUL, property key: in that article
     * they belong to several occasions, and another article's value cannot be said to contradict
     * one of them.
     */
    Set<String> unsettled(List<Claim> claims) {
        Map<String, List<Stated>> stated = new HashMap<>();
        for (Claim c : claims) {
            for (Quantity q : c.quantities()) {
                String property = propertyWord(c, q);
                if (property != null && !numbers.partial(c, q)) {
                    stated.computeIfAbsent(c.articleId() + "\u0000" + matcher.stem(property), k -> new ArrayList<>())
                            .add(new Stated(c, q));
                }
            }
        }
        Set<String> out = new HashSet<>();
        stated.forEach((key, values) -> {
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    Stated x = values.get(i);
                    Stated y = values.get(j);
                    if (numbers.disagree(x.claim(), x.value(), y.claim(), y.value())) {
                        out.add(key);
                    }
                }
            }
        });
        return Set.copyOf(out);
    }

    /** A value as one claim states it. */
    private record Stated(Claim claim, Quantity value) {
    }

    /** How far from the story's day a dated claim lies before it is taken for another occasion. */
    private static final int BACKGROUND_DAYS = 7;

    /**
     * The claims dated to another occasion than the story's: the story's day is the day its
     * claims date most often (the quake's Sunday); a claim whose every date lies more than a week
     * from it, and cannot be that day, recalls something else ("In February, a quake ... killed
     * 612 people"). Their counts are not set against the story's. Empty when no day is dated twice.
     */
    Set<String> background(List<Claim> claims) {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (Claim c : claims) {
            c.dates().stream().map(d -> d.date()).filter(d -> d.precision() == PartialDate.Precision.DAY)
                    .map(PartialDate::firstDay).distinct().forEach(d -> days.merge(d, 1, Integer::sum));
        }
        Optional<LocalDate> storyDay = days.entrySet().stream().filter(e -> e.getValue() > 1)
                .max(Map.Entry.<LocalDate, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
        Set<String> out = new HashSet<>();
        if (storyDay.isEmpty()) {
            return out;
        }
        PartialDate day = PartialDate.of(storyDay.get());
        for (Claim c : claims) {
            if (!c.dates().isEmpty() && c.dates().stream().allMatch(d -> !d.date().isCompatibleWith(day)
                    && (d.date().lastDay().isBefore(storyDay.get().minusDays(BACKGROUND_DAYS))
                    || d.date().firstDay().isAfter(storyDay.get().plusDays(BACKGROUND_DAYS))))) {
                out.add(c.id());
            }
        }
        return out;
    }

    /**
     * The counts of one fact on which the two claims (of different articles, already screened)
     * disagree; {@code unsettled} holds the properties some article gives two values, and
     * {@code namedTogether} tells whether some sentence of the story names both places.
     */
    List<Finding> find(Claim a, Claim b, Set<String> unsettled, BiPredicate<String, String> namedTogether) {
        List<Finding> out = new ArrayList<>();
        if (a.quantities().isEmpty() || b.quantities().isEmpty() || numbers.runningTotal(a) != numbers.runningTotal(b)
                || matcher.otherEvent(a, b) || matcher.differentFillers(a, b, EntityRoles.Role.ACTOR)
                || matcher.differentFillers(a, b, EntityRoles.Role.OBJECT) || placesApart(a, b, namedTogether)) {
            return out;
        }
        for (Quantity qa : a.quantities()) {
            Optional<Quantity> match = onlyCounterpart(a, qa, b);
            if (match.isEmpty() || onlyCounterpart(b, match.get(), a).filter(qa::equals).isEmpty()) {
                continue;
            }
            Quantity qb = match.get();
            if (unsettled(a, qa, unsettled) || unsettled(b, qb, unsettled) || numbers.partial(a, qa) || numbers.partial(b, qb) || !numbers.disagree(a, qa, b, qb)) {
                continue;
            }
            String key = property(a, qa) ? matcher.stem(propertyWord(a, qa))
                    : sharedKey(a, qa, b, qb).orElseThrow() + predicateOf(qa, qb);
            String noun = numbers.countedNoun(a, qa);
            out.add(new Finding(ConflictKind.NUMBER, "count:" + key,
                    noun == null ? "a number" : "the number of " + noun,
                    a, numbers.display(a, qa), b, numbers.display(b, qb)));
        }
        return out;
    }

    /** The stem of the property the number measures, named beside it ("magnitude 6.1"), or null. */
    String propertyStem(Claim claim, Quantity q) {
        String word = propertyWord(claim, q);
        return word == null ? null : matcher.stem(word);
    }

    /**
     * The claims place the event in different places, and no sentence of the story names the two
     * together ("Qeshm, an island off southern Iran" tells that the quake in Iran and on Qeshm is
     * one): a finer and a coarser name of one place are no sign of two occasions.
     */
    private boolean placesApart(Claim a, Claim b, BiPredicate<String, String> namedTogether) {
        if (!matcher.differentFillers(a, b, EntityRoles.Role.PLACE)) {
            return false;
        }
        String x = matcher.filler(a, EntityRoles.Role.PLACE).orElseThrow().canonical();
        String y = matcher.filler(b, EntityRoles.Role.PLACE).orElseThrow().canonical();
        return !namedTogether.test(x, y);
    }

    private boolean unsettled(Claim c, Quantity q, Set<String> unsettled) {
        String property = propertyWord(c, q);
        return property != null && unsettled.contains(c.articleId() + "\u0000" + matcher.stem(property));
    }

    /** The one quantity of {@code other} that counts the same fact as {@code q}, or empty when none or several. */
    private Optional<Quantity> onlyCounterpart(Claim claim, Quantity q, Claim other) {
        List<Quantity> hits = new ArrayList<>();
        for (Quantity candidate : other.quantities()) {
            if (sameFact(claim, q, other, candidate)) {
                hits.add(candidate);
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** The two quantities count one fact of the story's event (see the class comment). */
    boolean sameFact(Claim a, Quantity qa, Claim b, Quantity qb) {
        if (property(a, qa) || property(b, qb)) {
            return sameProperty(a, qa, b, qb);
        }
        boolean people = persons(qa) && persons(qb);
        return sharedKey(a, qa, b, qb).isPresent() && samePredicate(qa.predicate(), qb.predicate(), !people)
                && eventCount(a, qa) && eventCount(b, qb);
    }

    /**
     * What an event's report counts across its articles: persons (the killed, the injured, the
     * arrested), those the predicate speaks of ("50 were injured"), or things it says happened to
     * ("four villages had been destroyed"). Measures in units (yards,
     * days, years) and sums of money recur in one story for many occasions (a game's plays, a
     * career's years, several offers) and are compared only between similar sentences.
     */
    private boolean eventCount(Claim claim, Quantity q) {
        return q.predicate() != null && (persons(q) || counted(claim, q));
    }

    /**
     * A count of things the predicate says happened to in the event ("four villages had been
     * destroyed", "leveled seven villages"), not a measure in a unit, a sum of money or a share:
     * those recur for many occasions in one story. A sentence that names a person other than its
     * source counts what someone did ("Lund scored two goals"), a tally of that person's, which
     * another person's tally in the other sentence does not contradict. An article's later,
     * different values of one count are left out by {@link ArticleAccounts}.
     */
    private boolean counted(Claim claim, Quantity q) {
        return q.unit() != null && !q.unit().matches("[A-Z]{3}|money|percent") && numbers.measure(claim, q).isEmpty()
                && lexicon.isWord(q.unit(), PartOfSpeech.NOUN) && !personalActor(claim) && claim.entities().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON && !isSource(claim, e.canonical()));
    }

    /** Personal pronouns that stand for the one who acts ("He scored six touchdowns"). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "he", "she", "we", "you");

    /**
     * The claim's actor is a person, named or not ("He", "The 23-year-old", "the coach"): what
     * it counts is that person's tally, which another sentence may give of someone else.
     */
    private boolean personalActor(Claim claim) {
        String actor = claim.actor();
        if (actor == null || actor.isBlank() || claim.attribution() != null && actor.equals(claim.attribution().speaker())) {
            return false;
        }
        String[] words = actor.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9-]+");
        String head = words.length == 0 ? "" : words[words.length - 1];
        boolean aged = actor.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").matches(".*\\d+-years?-old.*");
        return aged || PERSONAL_PRONOUNS.contains(head)
                || !head.isEmpty() && lexicon.isKindOf(head, "person", KIND_STEPS)
                || claim.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && EntityRoles.sameName(e.canonical(), actor));
    }

    private static boolean isSource(Claim claim, String name) {
        return claim.attribution() != null && claim.attribution().speaker() != null
                && EntityRoles.sameName(claim.attribution().speaker(), name);
    }

    /**
     * A comparison key both may count: a shared key, or "people" and "persons", or a count of
     * those the predicate speaks of ("50 were injured", "injuring 80") beside another such count
     * or a count of persons ("40 people were injured"), keyed by the persons' noun or else the
     * predicate. Two nouns of which one is a kind of the other ("women", "people") may be a part
     * and a whole.
     */
    private Optional<String> sharedKey(Claim a, Quantity qa, Claim b, Quantity qb) {
        List<String> ka = numbers.keys(a, qa);
        List<String> kb = numbers.keys(b, qb);
        boolean whomA = numbers.countsWhomPredicateNames(a, qa);
        boolean whomB = numbers.countsWhomPredicateNames(b, qb);
        if (whomA && whomB) {
            return Optional.of(matcher.stem(qa.predicate()));
        }
        if (whomA && !kb.isEmpty() && persons(qb) || whomB && !ka.isEmpty() && persons(qa)) {
            return Optional.of(whomA ? kb.get(0) : ka.get(0));
        }
        for (String k : ka) {
            if (kb.contains(k)) {
                return Optional.of(k);
            }
        }
        if (qa.unit() != null && qb.unit() != null && !ka.isEmpty() && !kb.isEmpty()
                && personal(qa.unit()).equals(personal(qb.unit()))) {
            return Optional.of(ka.get(0));
        }
        return Optional.empty();
    }

    /**
     * The count is of persons (or of whom the predicate says, "50 were injured"): the toll of the
     * event, which outlets restate and update within one article ("at least 50 injured", later
     * "80 wounded") and which is compared however often an article gives it.
     */
    private boolean persons(Quantity q) {
        return q.unit() == null || personal(q.unit()).equals("person") || lexicon.isKindOf(personal(q.unit()), "person", KIND_STEPS);
    }

    /** "people" counts persons: the plural that WordNet files under groups. */
    private static String personal(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.equals("people") || n.equals("persons") ? "person" : n;
    }

    /**
     * One predicate or WordNet synonyms; for things, also a way of the other ("level" is a way to
     * "destroy"). What happens to persons is told apart more finely: the killed are no part of
     * the hurt, though killing is a way of harming.
     */
    private boolean samePredicate(String x, String y, boolean things) {
        return x != null && y != null && !matcher.lightWord(x) && !matcher.lightWord(y) && verbsMatch(x, y, things);
    }

    /** Two predicates say one thing happened: equal, WordNet synonyms, or (with {@code ways}) one a way of the other. */
    boolean verbsMatch(String x, String y, boolean ways) {
        return x.equals(y) || lexicon.areSynonyms(x, y, PartOfSpeech.VERB)
                || ways && (lexicon.isKindOfAction(x, y, ACTION_STEPS) || lexicon.isKindOfAction(y, x, ACTION_STEPS));
    }

    /**
     * The number measures a property the event has once, named right beside it ("magnitude 6.1",
     * "a 6.4-magnitude quake", "a magnitude of 5.9", "puts the magnitude at 6.1"): WordNet files
     * the word under attributes and not under units ("months" is a unit, counted with a predicate).
     */
    private boolean property(Claim claim, Quantity q) {
        return propertyWord(claim, q) != null;
    }

    private boolean sameProperty(Claim a, Quantity qa, Claim b, Quantity qb) {
        String x = propertyWord(a, qa);
        String y = propertyWord(b, qb);
        return x != null && y != null && matcher.stem(x).equals(matcher.stem(y));
    }

    private String propertyWord(Claim claim, Quantity q) {
        int at = NumberReading.at(claim.sentence(), q.text());
        if (at < 0) {
            return null;
        }
        String before = claim.sentence().substring(Math.max(0, at - 40), at);
        String after = claim.sentence().substring(at + q.text().length());
        Matcher m = PROPERTY_BEFORE.matcher(before);
        String word = m.find() ? m.group(1) : null;
        Matcher h = PROPERTY_AFTER.matcher(after);
        if (word == null && h.find()) {
            word = h.group(1);
        }
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        // a word that may be an adjective ("first", "total") qualifies the count, it names no property
        return lexicon.isKindOf(w, "attribute", KIND_STEPS) && !lexicon.isKindOf(w, "measure", KIND_STEPS)
                && !lexicon.isWord(w, PartOfSpeech.ADJECTIVE) ? w : null;
    }

    /** "magnitude 6.1", "a magnitude of 5.9", "the magnitude at 6.1", "magnitude - 5.9". */
    private static final Pattern PROPERTY_BEFORE =
            Pattern.compile("(\\p{L}+)\\s*(?:-\\s*|\\s(?:of|at|was|is)\\s+)?$");
    /** "6.4-magnitude", "6. 1 - magnitude". */
    private static final Pattern PROPERTY_AFTER = Pattern.compile("^\\s*-\\s*(\\p{L}+)");

    private static String predicateOf(Quantity a, Quantity b) {
        return a.predicate() != null && a.predicate().equals(b.predicate()) ? ":" + a.predicate() : "";
    }
}
