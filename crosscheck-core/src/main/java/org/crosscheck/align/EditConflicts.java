package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.EntityType;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.Lexicon.PartOfSpeech;

/**
 * Conflicts between two near-copies of one sentence: the same words but for one short stretch,
 * as when an outlet reprints a wire sentence and changes the death toll, the day, a name or the
 * verb, or rewords it with synonyms ("building" for "edifice") and changes one detail. The
 * stretch alone is compared, so a changed detail is found wherever it sits in the sentence (an
 * age, a speaker, a verb that is not the claim's action), and the rest of the sentence, the same
 * words or their synonyms, shows that both speak of one event. A stretch that says the same in
 * other words (a synonym, "five" for "5", "February" for "February 18") is no conflict.
 */
final class EditConflicts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.,:][\\p{L}\\p{N}]+)*");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> OPENERS = Set.of("\"", "\u201C", ":", "(", "-", "\u2014");
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final Lexicon lexicon;
    private final ContentWords words;
    private final NumberReading numbers;
    private final AlignmentSettings settings;

    EditConflicts(Lexicon lexicon, ContentWords words, NumberReading numbers, AlignmentSettings settings) {
        this.lexicon = lexicon;
        this.words = words;
        this.numbers = numbers;
        this.settings = settings;
    }

    /** One word of a sentence with its character span in the sentence. */
    private record Word(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** The differing stretch of each sentence, as character spans in the sentence, and its words. */
    private record Edit(List<Word> a, List<Word> b, int startA, int endA, int startB, int endB) {
    }

    /** The conflict two near-copies show in the one stretch where they differ; empty for anything else. */
    Optional<Finding> find(Claim a, Claim b) {
        Optional<Edit> found = edit(a.sentence(), b.sentence());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Edit e = found.get();
        return negation(a, b, e).or(() -> number(a, b, e)).or(() -> date(a, b, e)).or(() -> name(a, b, e))
                .or(() -> antonym(a, b, e));
    }

    /**
     * The one stretch where the sentences differ: the words before it and after it are the same
     * in both, it is at most {@code editMaxWords} words on each side, and the shared words are at
     * least {@code editMinSharedShare} of the longer sentence.
     */
    private Optional<Edit> edit(String x, String y) {
        List<Word> a = words(x);
        List<Word> b = words(y);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && sameWord(a.get(prefix), b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && sameWord(a.get(a.size() - 1 - suffix), b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Word> da = a.subList(prefix, a.size() - suffix);
        List<Word> db = b.subList(prefix, b.size() - suffix);
        int longer = Math.max(a.size(), b.size());
        if (da.isEmpty() && db.isEmpty() || da.size() > settings.editMaxWords() || db.size() > settings.editMaxWords()
                || prefix + suffix < settings.editMinSharedShare() * longer || longer < settings.editMinWords()) {
            return Optional.empty();
        }
        return Optional.of(new Edit(List.copyOf(da), List.copyOf(db), span(da, a, prefix, true), span(da, a, prefix, false),
                span(db, b, prefix, true), span(db, b, prefix, false)));
    }

    /** Start (or end) of a stretch; an empty stretch sits where its next word starts. */
    private static int span(List<Word> stretch, List<Word> all, int prefix, boolean start) {
        if (!stretch.isEmpty()) {
            return start ? stretch.get(0).start() : stretch.get(stretch.size() - 1).end();
        }
        return prefix < all.size() ? all.get(prefix).start() : all.isEmpty() ? 0 : all.get(all.size() - 1).end();
    }

    private static List<Word> words(String sentence) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group().replaceAll("[.,:]+$", "");
            out.add(new Word(w, m.start(), m.start() + w.length()));
        }
        return out;
    }

    /** One side adds "not" (or "did not"), or "never", to what the other says. */
    private Optional<Finding> negation(Claim a, Claim b, Edit e) {
        List<String> ra = withoutNegation(e.a());
        List<String> rb = withoutNegation(e.b());
        boolean negA = ra.size() < e.a().size();
        boolean negB = rb.size() < e.b().size();
        if (negA == negB || !sameStems(ra, rb)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.NEGATION, "negation", "whether it happened",
                a, negA ? "denied" : "affirmed", b, negB ? "denied" : "affirmed"));
    }

    /** The words of a stretch without its denying words and the auxiliary "do" they need. */
    private List<String> withoutNegation(List<Word> stretch) {
        List<String> out = new ArrayList<>();
        for (Word w : stretch) {
            String l = w.lower();
            if (!settings.editNegationWords().contains(l) && !settings.editAuxiliaries().contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    private boolean sameStems(List<String> x, List<String> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameWord(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Two words of the sentences say the same; a capitalised word, a name, only when it is the same word. */
    private boolean sameWord(Word x, Word y) {
        return x.lower().equals(y.lower()) || Character.isLowerCase(x.text().charAt(0))
                && Character.isLowerCase(y.text().charAt(0)) && sameWord(x.lower(), y.lower());
    }

    /**
     * Two lower-cased words say the same in a rewritten sentence: the same word, another form of
     * it, or a WordNet synonym in some part of speech ("building" and "edifice"). Figures,
     * denying words and the names of days and months are only ever the same as themselves.
     */
    private boolean sameWord(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (!rewordable(x) || !rewordable(y)) {
            return false;
        }
        return words.stem(x).equals(words.stem(y)) || lexicon.areSynonymsInSomePart(x, y);
    }

    private boolean rewordable(String word) {
        return word.chars().allMatch(Character::isLetter) && !settings.editNegationWords().contains(word)
                && !WEEKDAYS.contains(word) && !MONTHS.contains(word);
    }

    /** Each stretch holds one number, and they differ ("12 people" and "21 people"). */
    private Optional<Finding> number(Claim a, Claim b, Edit e) {
        Optional<Quantity> qa = only(a, e.startA(), e.endA());
        Optional<Quantity> qb = only(b, e.startB(), e.endB());
        if (qa.isEmpty() || qb.isEmpty()) {
            qa = figure(a, e.a(), e.startA(), e.endA());
            qb = figure(b, e.b(), e.startB(), e.endB());
        }
        if (qa.isEmpty() || qb.isEmpty() || !numbers.disagree(a, qa.get(), b, qb.get())
                || !sameStems(rest(e.a(), a, qa.get().text()), rest(e.b(), b, qb.get().text()))) {
            return Optional.empty();
        }
        String key = qa.get().unit() != null ? qa.get().unit() : String.valueOf(numbers.countedNoun(a, qa.get()));
        String noun = numbers.countedNoun(a, qa.get());
        return Optional.of(new Finding(ConflictKind.NUMBER, "number:" + key,
                noun == null ? "a number" : "the number of " + noun,
                a, numbers.display(a, qa.get()), b, numbers.display(b, qb.get())));
    }

    /**
     * A stretch that is one figure written in digits and not part of a date: an age ("Buckley,
     * 32,"), a route or a score, which the claim's quantities leave out because nothing tells what
     * they count; in a reprint of the same sentence a changed figure still says something else.
     */
    private static Optional<Quantity> figure(Claim c, List<Word> stretch, int from, int to) {
        if (stretch.size() != 1 || !FIGURE.matcher(stretch.get(0).text()).matches()
                || onlyDate(c, from, to).isPresent()) {
            return Optional.empty();
        }
        String digits = stretch.get(0).text().replace(",", "");
        return Optional.of(new Quantity(Double.parseDouble(digits), null, stretch.get(0).text()));
    }

    private static Optional<Quantity> only(Claim c, int from, int to) {
        List<Quantity> inside = new ArrayList<>();
        for (Quantity q : c.quantities()) {
            int at = c.sentence().indexOf(q.text());
            if (at >= 0 && at < to && at + q.text().length() > from) {
                inside.add(q);
            }
        }
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /** Each stretch is part of one date, and the dates cannot be the same day ("Tuesday" and "Wednesday"). */
    private Optional<Finding> date(Claim a, Claim b, Edit e) {
        Optional<DateMention> da = onlyDate(a, e.startA(), e.endA());
        Optional<DateMention> db = onlyDate(b, e.startB(), e.endB());
        if (otherWeekday(e)) {
            return Optional.of(new Finding(ConflictKind.DATE, "date", "the date", a,
                    da.map(DateMention::text).orElse(e.a().get(0).text()), b,
                    db.map(DateMention::text).orElse(e.b().get(0).text())));
        }
        if (da.isEmpty() || db.isEmpty() || e.a().isEmpty() || e.b().isEmpty()
                || da.get().date().isCompatibleWith(db.get().date()) || ClaimMatcher.sameWords(da.get(), db.get())
                || !sameStems(rest(e.a(), a, da.get().text()), rest(e.b(), b, db.get().text()))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConflictKind.DATE, "date", "the date",
                a, da.get().date().toString(), b, db.get().date().toString()));
    }

    /**
     * The stretch is a weekday on each side, and not the same one: "Saturday, 8 October 2011"
     * against "Wednesday, 8 October 2011" resolves to one day, yet the reprint names another.
     */
    private static boolean otherWeekday(Edit e) {
        return e.a().size() == 1 && e.b().size() == 1 && !e.a().get(0).lower().equals(e.b().get(0).lower())
                && WEEKDAYS.contains(e.a().get(0).lower()) && WEEKDAYS.contains(e.b().get(0).lower());
    }

    private static Optional<DateMention> onlyDate(Claim c, int from, int to) {
        List<DateMention> inside = new ArrayList<>();
        for (DateMention d : c.dates()) {
            int at = c.sentence().indexOf(d.text());
            if (at >= 0 && at < to && at + d.text().length() > from) {
                inside.add(d);
            }
        }
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /**
     * Each stretch is one name, and they name different entities: both tagged names (of one type,
     * or, as a tagger can type one name two ways, of two), or a tagged name against capitalised
     * words the tagger left untyped ("Springfield, Missouri" against "Center, Missouri").
     */
    private Optional<Finding> name(Claim a, Claim b, Edit e) {
        Optional<EntityMention> ma = onlyName(a, e.startA(), e.endA());
        Optional<EntityMention> mb = onlyName(b, e.startB(), e.endB());
        if (ma.isEmpty() && mb.isEmpty()) {
            return Optional.empty();
        }
        List<String> restA = ma.map(m -> rest(e.a(), a, m.text())).orElse(List.of());
        List<String> restB = mb.map(m -> rest(e.b(), b, m.text())).orElse(List.of());
        if (!sameStems(restA, restB)
                || ma.isEmpty() && !untypedName(e.a(), a.sentence(), e.startA())
                || mb.isEmpty() && !untypedName(e.b(), b.sentence(), e.startB())) {
            return Optional.empty();
        }
        String nameA = ma.map(EntityMention::canonical).orElseGet(() -> text(e.a()));
        String nameB = mb.map(EntityMention::canonical).orElseGet(() -> text(e.b()));
        if (EntityRoles.sameName(nameA, nameB)) {
            return Optional.empty();
        }
        EntityType type = typeOf(ma, mb);
        if (type == EntityType.LOCATION && (lexicon.isWithin(nameA, nameB) || lexicon.isWithin(nameB, nameA))) {
            return Optional.empty();
        }
        boolean speaker = ma.filter(m -> speaks(a, m)).isPresent() || mb.filter(m -> speaks(b, m)).isPresent();
        if (speaker && sharedWords(e, a) < settings.minQuotedWords()) {
            return Optional.empty();
        }
        ConflictKind kind = switch (type) {
            case PERSON -> ConflictKind.PERSON;
            case ORGANIZATION -> ConflictKind.ORGANISATION;
            case LOCATION -> ConflictKind.PLACE;
            default -> ConflictKind.OTHER;
        };
        String topic = switch (type) {
            case PERSON -> "who it was";
            case LOCATION -> "where it was";
            default -> "which one it was";
        };
        return Optional.of(new Finding(kind, speaker ? "attribution" : "name:" + kind.jsonName(),
                speaker ? "who said it" : topic, a, nameA, b, nameB));
    }

    /**
     * The type of the changed name: the tagged side's, or, when the two sides were typed
     * differently, place before person before organisation. The two sentences are the same words
     * around the name, so a different type comes from the name alone, and a tagger reads an
     * unfamiliar name in a place's slot ("linking Park and Egypt") as a person's or an
     * organisation's more often than the other way round.
     */
    private static EntityType typeOf(Optional<EntityMention> a, Optional<EntityMention> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b).orElseThrow().type();
        }
        for (EntityType t : List.of(EntityType.LOCATION, EntityType.PERSON, EntityType.ORGANIZATION)) {
            if (a.get().type() == t || b.get().type() == t) {
                return t;
            }
        }
        return a.get().type();
    }

    /**
     * Capitalised words that can only be a name: at most three, each starting with a capital,
     * and a stretch that opens the sentence, a quotation or a clause after a colon, where any word
     * is capitalised, is no word the lexicon knows.
     */
    private boolean untypedName(List<Word> stretch, String sentence, int start) {
        if (stretch.isEmpty() || stretch.size() > 3) {
            return false;
        }
        for (Word w : stretch) {
            if (!Character.isUpperCase(w.text().codePointAt(0))) {
                return false;
            }
        }
        if (partOfLongerName(sentence, stretch.get(stretch.size() - 1).end())) {
            return false;
        }
        String before = sentence.substring(0, start).strip();
        if (!before.isEmpty() && !OPENERS.contains(before.substring(before.length() - 1))) {
            return true;
        }
        for (Word w : stretch) {
            for (PartOfSpeech pos : PartOfSpeech.values()) {
                if (lexicon.isWord(w.lower(), pos)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A capitalised word follows the stretch ("Mr. Pigeon" against "Luke Pigeon"): the stretch
     * is a title or a first name of a longer name, and names the same one as often as not.
     */
    private static boolean partOfLongerName(String sentence, int end) {
        Matcher next = WORD.matcher(sentence);
        if (!next.find(end)) {
            return false;
        }
        String between = sentence.substring(end, next.start());
        return between.matches("[.\\s]*") && Character.isUpperCase(next.group().codePointAt(0));
    }

    private static String text(List<Word> stretch) {
        return String.join(" ", stretch.stream().map(Word::text).toList());
    }

    /**
     * The words of a stretch outside a mention's text, lower-cased: what else the stretch
     * changes beside the mention ("people were injured" against "people were killed").
     */
    private static List<String> rest(List<Word> stretch, Claim c, String mention) {
        int at = c.sentence().indexOf(mention);
        List<String> out = new ArrayList<>();
        for (Word w : stretch) {
            if (at < 0 || w.end() <= at || w.start() >= at + mention.length()) {
                out.add(w.lower());
            }
        }
        return out;
    }

    /** The name is the one the claim is attributed to ("..., Ingrid Halvorsen said"). */
    private static boolean speaks(Claim c, EntityMention m) {
        return c.attribution() != null && (EntityRoles.sameName(c.attribution().speaker(), m.canonical())
                || c.attribution().speaker().contains(m.text()));
    }

    /**
     * The words both sentences have outside the stretch. Two people can say the same short thing
     * ("the bridge was unsafe"); a long statement word for word is taken to have one speaker.
     */
    private static int sharedWords(Edit e, Claim a) {
        return words(a.sentence()).size() - e.a().size();
    }

    private static Optional<EntityMention> onlyName(Claim c, int from, int to) {
        List<EntityMention> inside = new ArrayList<>();
        for (EntityMention m : c.entities()) {
            int at = m.start() - c.start();
            if (m.type() != EntityType.OTHER && at < to && at + m.text().length() > from) {
                inside.add(m);
            }
        }
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /** Each stretch is one word, and WordNet records them as antonyms ("won" and "lost"). */
    private Optional<Finding> antonym(Claim a, Claim b, Edit e) {
        if (e.a().size() != 1 || e.b().size() != 1) {
            return Optional.empty();
        }
        String x = e.a().get(0).lower();
        String y = e.b().get(0).lower();
        for (PartOfSpeech pos : List.of(PartOfSpeech.VERB, PartOfSpeech.ADJECTIVE)) {
            if (lexicon.areAntonyms(x, y, pos)) {
                String aspect = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
                return Optional.of(new Finding(ConflictKind.ACTION, "action:" + aspect, "what was done",
                        a, x, b, y));
            }
        }
        return Optional.empty();
    }
}
