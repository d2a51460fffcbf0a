package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.time.PartialDate;

/**
 * Finds what two claims about the same event disagree on: date, number, person, place,
 * organisation, action (antonymous verbs), negation, or who said it (the same quotation given
 * to two speakers, reported under the speakers' kind). Precision first: a slot that is missing,
 * ambiguous or could be a finer or approximate form of the other is no conflict.
 */
final class ConflictDetector {

    private final ClaimMatcher matcher;
    private final NumberReading numbers;
    private final EntityRoles roles;
    private final Lexicon lexicon;
    private final NegationWords negations;
    private final Set<String> hypotheticalCues;
    private final CountedFacts counted;
    private final ArticleAccounts accounts;

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)?");

    ConflictDetector(ClaimMatcher matcher, NumberReading numbers, EntityRoles roles, Lexicon lexicon,
                     NegationWords negations, Set<String> hypotheticalCues) {
        this.hypotheticalCues = Set.copyOf(hypotheticalCues);
        this.negations = negations;
        this.matcher = matcher;
        this.numbers = numbers;
        this.roles = roles;
        this.lexicon = lexicon;
        this.counted = new CountedFacts(matcher, numbers, lexicon);
        this.accounts = new ArticleAccounts(numbers, counted);
    }

    /** The properties some article of the story gives two values ({@link CountedFacts#unsettled}). */
    Set<String> unsettledFacts(List<Claim> claims) {
        return counted.unsettled(claims);
    }

    /**
     * The number findings that stand: none whose sentence itself states both numbers ({@link
     * ArticleAccounts#statedTogether}), and none that sets a value an article gives a fact after it
     * gave the fact another ({@link ArticleAccounts#laterValues}: an update, or another occasion)
     * against the story's, unless both are such values, told in sentences as near as the
     * story-wide comparison of counts asks: two outlets recalling one earlier event ("He was
     * sentenced to 2 years" against "to 2 1/2 years"; "injuring 40" against "injured almost 50"
     * of the September quake). Ages are read on their own. A count of those who underwent two
     * things is no conflict with a larger count of those who underwent the first ({@link
     * ArticleAccounts#jointPart}).
     *
     * @param similar whether two claims' sentences recall one occasion: near enough to compare
     *                their counts, and rewrites of each other or naming something of it in common
     *                ({@link ArticleAccounts#sameOccasionNamed})
     */
    List<Finding> toldApart(List<Finding> findings, List<Claim> claims, java.util.function.BiPredicate<Claim, Claim> similar) {
        // an article's accounts are its own: only the articles of a number finding are read, so
        // that a long article no other article disagrees with costs nothing here
        Set<String> numbered = new HashSet<>();
        for (Finding f : findings) {
            if (toldByAccounts(f)) {
                numbered.add(f.a().articleId());
                numbered.add(f.b().articleId());
            }
        }
        Set<String> later = numbered.isEmpty() ? Set.of()
                : accounts.laterValues(claims.stream().filter(c -> numbered.contains(c.articleId())).toList());
        return findings.stream().filter(f -> {
            if (!toldByAccounts(f)) {
                return true;
            }
            boolean laterA = later.contains(ArticleAccounts.key(f.a(), f.valueA()));
            boolean laterB = later.contains(ArticleAccounts.key(f.b(), f.valueB()));
            return (laterA == laterB && (!laterA || similar.test(f.a(), f.b()))) && !accounts.statedTogether(f)
                    && !accounts.jointPart(f);
        }).toList();
    }

    /** A number finding other than an age: one that the articles' own accounts may tell apart. */
    private static boolean toldByAccounts(Finding f) {
        return f.kind() == ConflictKind.NUMBER && !f.aspect().equals("number:age");
    }

    /** How many pairs of values of one article {@link #toldApart} has compared, over all calls. */
    long accountValuesCompared() {
        return accounts.valuesCompared();
    }

    /** The ids of the claims dated to another occasion than the story's ({@link CountedFacts#background}). */
    Set<String> backgroundClaims(List<Claim> claims) {
        return counted.background(claims);
    }

    /**
     * The disagreements of two claims of different articles of one story whatever their wording:
     * the age of one person, and counts of one fact ({@link CountedFacts}). Used for the pairs of
     * sentences too unlike to be compared slot by slot.
     */
    List<Finding> acrossStory(Claim a, Claim b, Set<String> unsettled, java.util.function.BiPredicate<String, String> namedTogether) {
        List<Finding> out = new ArrayList<>();
        if (a.articleId().equals(b.articleId()) || matcher.differentOccurrence(a, b) || hypothetical(a) || hypothetical(b)
                || a.negated() || b.negated() || matcher.denies(a) || matcher.denies(b)) {
            return out;
        }
        age(a, b).ifPresent(out::add);
        out.addAll(counted.find(a, b, unsettled, namedTogether));
        return out;
    }

    /** The disagreements between two claims of different articles whose sentences are similar. */
    List<Finding> find(Claim a, Claim b) {
        List<Finding> out = new ArrayList<>();
        if (a.articleId().equals(b.articleId()) || matcher.differentOccurrence(a, b) || !matcher.sharesContent(a, b)
                || hypothetical(a) || hypothetical(b)) {
            return out;
        }
        Optional<Finding> negation = negation(a, b).or(() -> denial(a, b)).or(() -> denial(b, a));
        if (negation.isPresent()) {
            out.add(negation.get());
            return out;
        }
        attribution(a, b).ifPresent(out::add);
        if (a.negated() || b.negated() || matcher.denies(a) || matcher.denies(b)) {
            return out;
        }
        age(a, b).ifPresent(out::add);
        action(a, b).ifPresent(out::add);
        if (!matcher.sameAction(a, b)) {
            eventDate(a, b).or(() -> eventDate(b, a)).ifPresent(out::add);
            return out;
        }
        date(a, b).ifPresent(out::add);
        out.addAll(numbers(a, b));
        for (EntityRoles.Role role : EntityRoles.Role.values()) {
            role(a, b, role).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Finding> negation(Claim a, Claim b) {
        if (a.negated() == b.negated() || !matcher.sameAction(a, b) || !sameParticipants(a, b)
                || !matcher.datesAgreeStrictly(a, b)
                || negations.count(a.sentence()) == negations.count(b.sentence())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.NEGATION, "negation", "whether it happened",
                a, a.negated() ? "denied" : "affirmed", b, b.negated() ? "denied" : "affirmed"));
    }

    /** {@code denier} denies ("denied closing the bridge") what {@code other} affirms ("closed the bridge"). */
    private Optional<Finding> denial(Claim denier, Claim other) {
        if (!matcher.denies(denier) || other.negated() || matcher.denies(other) || other.action() == null
                || matcher.datesContradict(denier, other)) {
            return Optional.empty();
        }
        String reported = denier.object() != null ? denier.object() : denier.sentence();
        if (!matcher.tokens(reported).contains(matcher.stem(other.action()))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.NEGATION, "negation", "whether it happened",
                denier, "denied", other, "affirmed"));
    }

    /**
     * Opposite verbs ("won", "lost") exclude each other only when said of one doer and one thing
     * done to: each of actor and object is unsaid in both claims or names the same participant
     * in both ({@link ClaimMatcher#sameParticipant}), and one of them is named in words. "The flaw
     * in the browser allows an attack" and "running the browser safely prevents this attack" are
     * said of two doers; "started the game" and "finished with 29 of 34" may both be true.
     */
    private Optional<Finding> action(Claim a, Claim b) {
        if (a.action() == null || b.action() == null || !sameParticipants(a, b) || !matcher.datesAgreeStrictly(a, b)
                || !matcher.sameParticipant(a.actor(), b.actor()) || !matcher.sameParticipant(a.object(), b.object())
                || !lexicon.areAntonyms(a.action(), b.action(), PartOfSpeech.VERB)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.ACTION, "action", "what was done",
                a, a.action(), b, b.action()));
    }

    /**
     * The two claims date one action done to one thing differently. An action done to a part of
     * what the other names ("restored service to its business customers", "restored services")
     * may be dated apart from it.
     */
    private Optional<Finding> date(Claim a, Claim b) {
        List<String> da = a.dates().stream().map(d -> d.date().toString()).distinct().toList();
        List<String> db = b.dates().stream().map(d -> d.date().toString()).distinct().toList();
        if (da.size() != 1 || db.size() != 1 || !matcher.datesContradict(a, b) || !restAgrees(a, b)
                || matcher.narrowerObject(a, b)
                || recalledYear(a.dates().get(0).date(), b.dates().get(0).date())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.DATE, "date", "the date", a, da.get(0), b, db.get(0)));
    }

    /**
     * One outlet names the event by its verb ("Vell met Oran last October") and the other by a
     * noun for it ("during a summit with Oran in March"): the same kind of event (the noun is
     * derived from the verb or a narrower name for such a noun), with at least two of the same
     * named participants, dated to days that cannot be one. A word that may be an adjective ("a fair
     * share") is not taken for the noun. The dates of two events of one kind
     * between the same parties (a summit recalled by its year) are not compared.
     */
    private Optional<Finding> eventDate(Claim verbal, Claim nominal) {
        if (verbal.action() == null || nominal.dates().isEmpty() || verbal.dates().isEmpty()) {
            return Optional.empty();
        }
        List<String> dv = verbal.dates().stream().map(d -> d.date().toString()).distinct().toList();
        List<String> dn = nominal.dates().stream().map(d -> d.date().toString()).distinct().toList();
        if (dv.size() != 1 || dn.size() != 1 || !matcher.datesContradict(verbal, nominal)
                || recalledYear(verbal.dates().get(0).date(), nominal.dates().get(0).date())
                || sharedNames(verbal, nominal) < 2) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(nominal.sentence());
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() > 3 && !w.equalsIgnoreCase(nominal.action() == null ? "" : nominal.action())
                    && !lexicon.isWord(w, PartOfSpeech.ADJECTIVE) && lexicon.namesEvent(w, verbal.action())) {
                return Optional.of(new Finding(ConflictKind.DATE, "date", "the date", verbal, dv.get(0), nominal, dn.get(0)));
            }
        }
        return Optional.empty();
    }

    /**
     * The two claims name one participant in common: a named entity, or an actor or object
     * stated in words that name it ("the navy", not "he"). Counts of claims that share only
     * pronouns ("He had 4 touchdowns", "He had 2 touchdowns") may be of two players or games.
     */
    private boolean identifiedParticipant(Claim a, Claim b) {
        return sharedNames(a, b) > 0 || matcher.slotShared(a.actor(), b.actor()) || matcher.slotShared(a.object(), b.object());
    }

    /** How many named entities the two claims both name. */
    private static int sharedNames(Claim a, Claim b) {
        int n = 0;
        for (String x : EntityRoles.names(a)) {
            if (EntityRoles.names(b).stream().anyMatch(y -> EntityRoles.sameName(x, y))) {
                n++;
            }
        }
        return n;
    }

    /**
     * One date is a bare year and the other lies in another year: an article recalling an
     * earlier occurrence ("In 2008, Klitschko stopped Thompson") beside the news of the new one
     * ("stopped Thompson ... Saturday night"). Two reprints of one sentence whose year differs are
     * still compared, word for word, by {@link EditConflicts}.
     */
    private static boolean recalledYear(PartialDate x, PartialDate y) {
        return x.year() != y.year()
                && (x.precision() == PartialDate.Precision.YEAR || y.precision() == PartialDate.Precision.YEAR);
    }

    private List<Finding> numbers(Claim a, Claim b) {
        List<Finding> out = new ArrayList<>();
        if (!restAgrees(a, b) || numbers.runningTotal(a) != numbers.runningTotal(b) || matcher.otherEvent(a, b)
                || matcher.lightAction(a) || matcher.lightAction(b) || !identifiedParticipant(a, b)) {
            return out;
        }
        List<String> seen = new ArrayList<>();
        for (Quantity qa : a.quantities()) {
            for (String key : numbers.keys(a, qa)) {
                if (seen.contains(key)) {
                    continue;
                }
                seen.add(key);
                Optional<Quantity> sa = numbers.onlyWhole(a, key);
                Optional<Quantity> sb = numbers.onlyWhole(b, key);
                if (sa.isPresent() && sb.isPresent() && numbers.disagree(a, sa.get(), b, sb.get())
                        && sameFrame(numbers.frame(a, sa.get()), numbers.frame(b, sb.get()))
                        && out.stream().noneMatch(f -> f.valueA().equals(numbers.display(a, sa.get())))) {
                    out.add(new Finding(ConflictKind.NUMBER, "number:" + key, numbers.topic(a, sa.get()),
                            a, numbers.display(a, sa.get()), b, numbers.display(b, sb.get())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The two sentences give one person two ages ("Assange, 47," and "the 48-year-old Assange"):
     * each gives one age, written onto a person's name, and the person is the same in both.
     */
    private Optional<Finding> age(Claim a, Claim b) {
        Optional<NumberReading.Age> aa = numbers.age(a);
        Optional<NumberReading.Age> ab = numbers.age(b);
        if (aa.isEmpty() || ab.isEmpty() || aa.get().value() == ab.get().value()) {
            return Optional.empty();
        }
        Optional<EntityMention> pa = agedPerson(a, aa.get());
        Optional<EntityMention> pb = agedPerson(b, ab.get());
        if (pa.isEmpty() || pb.isEmpty() || !EntityRoles.sameName(pa.get().canonical(), pb.get().canonical())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.NUMBER, "number:age", "the age of " + pa.get().canonical(),
                a, String.valueOf(aa.get().value()), b, String.valueOf(ab.get().value())));
    }

    /**
     * The person whose name the age is written onto: "the 48-year-old Ivo Marsh" (the next name,
     * with only capitalised words between, as in "the 48-year-old Australian Marsh"), "Marsh, 47,"
     * or "Marsh (47)" (the name just before). "An 11-year-old girl" is of no named person, even
     * where a name stands nearby, nor is an age written apart from a name ("is 47 years old").
     */
    private static Optional<EntityMention> agedPerson(Claim c, NumberReading.Age age) {
        String sentence = c.sentence();
        for (EntityMention e : c.entities()) {
            if (e.type() != org.crosscheck.claims.EntityType.PERSON) {
                continue;
            }
            int s = e.start() - c.start();
            int end = e.end() - c.start();
            if (s < 0 || end > sentence.length()) {
                continue;
            }
            boolean onto = switch (age.written()) {
                case ONTO_NEXT -> s >= age.end() && NAME_WORDS_BETWEEN.matcher(sentence.substring(age.end(), s)).matches();
                case ONTO_PREVIOUS -> end <= age.start() && NAME_TO_AGE.matcher(sentence.substring(end, age.start())).matches();
                case APART -> false;
            };
            if (onto) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Between "-year-old" and the name: nothing, or capitalised words ("Australian", a first name). */
    private static final Pattern NAME_WORDS_BETWEEN = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}'.-]*\\s+)*");
    /** Between a name and its age: a comma, an opening bracket, or "aged". */
    private static final Pattern NAME_TO_AGE = Pattern.compile("\\s*(?:,\\s*|\\(\\s*)?(?:aged?\\s+)?");

    /**
     * The two counts are framed alike: the words just before them are one word or synonyms
     * ("killing at least 10 people", "killing at least three people"), or one of them is not
     * framed at all ("Officials said 12 people"). "His first 17 passes"
     * and "29 of 34 passes", "confiscated 14 rifles" and "six rifles" count different things.
     */
    private boolean sameFrame(String x, String y) {
        if (x.equals(y) || x.isEmpty() || y.isEmpty()) {
            return true;
        }
        if (x.chars().anyMatch(Character::isDigit) || y.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return matcher.stem(x).equals(matcher.stem(y)) || lexicon.areSynonymsInSomePart(x, y);
    }

    private Optional<Finding> role(Claim a, Claim b, EntityRoles.Role role) {
        if (!matcher.differentFillers(a, b, role)) {
            return Optional.empty();
        }
        boolean restAgrees = switch (role) {
            case ACTOR -> matcher.slotCompatible(a.object(), b.object()) && !matcher.datesContradict(a, b);
            case OBJECT -> matcher.slotShared(a.actor(), b.actor()) && !matcher.datesContradict(a, b);
            case PLACE -> (matcher.slotShared(a.actor(), b.actor()) || matcher.slotShared(a.object(), b.object()))
                    && matcher.slotCompatible(a.actor(), b.actor()) && matcher.slotCompatible(a.object(), b.object())
                    && !matcher.datesContradict(a, b);
        };
        if (!restAgrees) {
            return Optional.empty();
        }
        EntityMention ea = roles.filler(a, role).orElseThrow();
        EntityMention eb = roles.filler(b, role).orElseThrow();
        ConflictKind kind = kindOf(ea);
        if (kind == ConflictKind.PLACE && (moving(a, ea) || moving(b, eb) || roles.near(a, ea) || roles.near(b, eb) || !EntityRoles.sameScale(ea.canonical(), eb.canonical())
                || lexicon.isWithin(ea.canonical(), eb.canonical()) || lexicon.isWithin(eb.canonical(), ea.canonical()))) {
            return Optional.empty();
        }
        String topic = switch (role) {
            case ACTOR -> "who did it";
            case OBJECT -> "whom or what it was done to";
            case PLACE -> "where it happened";
        };
        return Optional.of(new Finding(kind, role.name().toLowerCase(), topic, a, ea.canonical(), b, eb.canonical()));
    }

    /**
     * The same words quoted from two different named speakers of one type ("Ilse Cardew" /
     * "Ewan Cardew"). Two people may well say the same thing, so only a long word-for-word
     * quotation counts, and only when neither sentence also names the other speaker.
     */
    private Optional<Finding> attribution(Claim a, Claim b) {
        Optional<EntityMention> sa = roles.speaker(a);
        Optional<EntityMention> sb = roles.speaker(b);
        if (sa.isEmpty() || sb.isEmpty() || sa.get().type() != sb.get().type()
                || EntityRoles.sameName(sa.get().canonical(), sb.get().canonical())
                || roles.namesInFull(a, sb.get()) || roles.namesInFull(b, sa.get()) || !matcher.sameQuotation(a, b)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(kindOf(sa.get()), "attribution", "who said it",
                a, sa.get().canonical(), b, sb.get().canonical()));
    }

    /**
     * The claim says what would, could or might be, not what is ("the Yankees could make an
     * offer", "would not have placed him on injured reserve"): no side of a conflict of facts.
     * Near-copies that share the modal are still compared word for word by {@link EditConflicts}.
     */
    private boolean hypothetical(Claim c) {
        Matcher m = WORD.matcher(c.sentence().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            if (hypotheticalCues.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place is where someone or something moved from or to ("left a Newport Beach clinic",
     * "flew to Tolvik"), not where the event happened: two outlets may each name one end of the
     * journey.
     */
    private static boolean moving(Claim c, EntityMention place) {
        int at = place.start() - c.start();
        if (at <= 0 || at > c.sentence().length()) {
            return false;
        }
        return MOVEMENT.matcher(c.sentence().substring(0, at)).find();
    }

    private static final Pattern MOVEMENT = Pattern.compile(
            "\\b(?:from|out of|left|leaving|leaves|leave|departed|departing|fled|fleeing|escaped|to|into|towards?|for"
                    + "|reached|arrived in|arriving in|entered|back in)\\s+(?:the\\s+|a\\s+|an\\s+|another\\s+)?"
                    + "(?:[\\p{L}'-]+\\s+){0,4}$", Pattern.CASE_INSENSITIVE);

    private static ConflictKind kindOf(EntityMention e) {
        return switch (e.type()) {
            case PERSON -> ConflictKind.PERSON;
            case ORGANIZATION -> ConflictKind.ORGANISATION;
            case LOCATION -> ConflictKind.PLACE;
            default -> ConflictKind.OTHER;
        };
    }

    /** Actor and object are compatible and at least one of them is stated by both. */
    private boolean sameParticipants(Claim a, Claim b) {
        return matcher.slotCompatible(a.actor(), b.actor()) && matcher.slotCompatible(a.object(), b.object())
                && (matcher.slotShared(a.actor(), b.actor()) || matcher.slotShared(a.object(), b.object()))
                && !matcher.rolesContradict(a, b);
    }

    /** Everything but the disputed value agrees: participants compatible, no other entity in another role. */
    private boolean restAgrees(Claim a, Claim b) {
        return matcher.slotCompatible(a.actor(), b.actor()) && matcher.slotCompatible(a.object(), b.object())
                && !matcher.rolesContradict(a, b);
    }
}
