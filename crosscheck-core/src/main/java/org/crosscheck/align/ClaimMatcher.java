package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.Quantity;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.Lexicon.PartOfSpeech;

/**
 * Slot comparison of two claims: whether their actions, actors, objects, dates, numbers and
 * named roles are compatible, and whether they state the same fact.
 */
final class ClaimMatcher {

    private final Lexicon lexicon;
    private final ContentWords words;
    private final NumberReading numbers;
    private final EntityRoles roles;
    private final AlignmentSettings settings;

    ClaimMatcher(Lexicon lexicon, ContentWords words, NumberReading numbers, EntityRoles roles, AlignmentSettings settings) {
        this.lexicon = lexicon;
        this.words = words;
        this.numbers = numbers;
        this.roles = roles;
        this.settings = settings;
    }

    /** True when two claims from different articles state the same fact with no slot in contradiction. */
    boolean sameFact(Claim a, Claim b) {
        if (a.articleId().equals(b.articleId()) || a.negated() != b.negated()
                || denies(a) != denies(b) || differentOccurrence(a, b)) {
            return false;
        }
        if (a.action() != null && b.action() != null && !sameAction(a, b)) {
            return false;
        }
        if (datesContradict(a, b) || numbersContradict(a, b) || rolesContradict(a, b)) {
            return false;
        }
        return sharesContent(a, b);
    }

    boolean denies(Claim c) {
        return c.action() != null && !c.negated() && settings.denialVerbs().contains(c.action().toLowerCase(java.util.Locale.ROOT));
    }

    /** Both actions are stated and are the same verb or WordNet synonyms. */
    boolean sameAction(Claim a, Claim b) {
        return a.action() != null && b.action() != null
                && lexicon.areSynonyms(a.action(), b.action(), PartOfSpeech.VERB);
    }

    /** One sentence marks another occurrence of a recurring event ("again", "will") and the other does not. */
    boolean differentOccurrence(Claim a, Claim b) {
        return hasOccurrenceCue(a) != hasOccurrenceCue(b);
    }

    private boolean hasOccurrenceCue(Claim c) {
        for (String w : c.sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (settings.occurrenceCues().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** They share a named entity, or enough content words. */
    boolean sharesContent(Claim a, Claim b) {
        for (String x : EntityRoles.names(a)) {
            for (String y : EntityRoles.names(b)) {
                if (EntityRoles.sameName(x, y)) {
                    return true;
                }
            }
        }
        Set<String> common = new HashSet<>(words.of(a.sentence()));
        common.retainAll(words.of(b.sentence()));
        return common.size() >= settings.minSharedContentWords();
    }

    /** Both state dates and none of one's dates can be any of the other's. */
    boolean datesContradict(Claim a, Claim b) {
        if (a.dates().isEmpty() || b.dates().isEmpty()) {
            return false;
        }
        for (DateMention x : a.dates()) {
            for (DateMention y : b.dates()) {
                if (x.date().isCompatibleWith(y.date()) || sameWords(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two outlets that write the same date words ("tonight", "on Friday") say the same thing;
     * when the words resolve to different days it is because the articles were published on
     * different days (a rewrite reprinting the wire's "tonight" a day later), not because the
     * outlets disagree.
     */
    static boolean sameWords(DateMention x, DateMention y) {
        List<String> a = dateWords(x.text());
        List<String> b = dateWords(y.text());
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return !shorter.isEmpty() && Collections.indexOfSubList(longer, shorter) >= 0;
    }

    /**
     * The words of a date as written, lower-cased. A date whose words lie within another's
     * ("October" and "October 19") is the same date written less precisely, even where the
     * two were resolved to different years.
     */
    private static List<String> dateWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Dates are both absent, or both present and compatible. */
    boolean datesAgreeStrictly(Claim a, Claim b) {
        return a.dates().isEmpty() == b.dates().isEmpty() && !datesContradict(a, b);
    }

    /** Some thing both count (same unit or counted noun) has numbers that cannot both be true. */
    boolean numbersContradict(Claim a, Claim b) {
        if (otherEvent(a, b)) {
            return false;
        }
        for (Quantity qa : a.quantities()) {
            for (String key : numbers.keys(a, qa)) {
                Optional<Quantity> sa = numbers.onlyWhole(a, key);
                Optional<Quantity> sb = numbers.onlyWhole(b, key);
                if (sa.isPresent() && sb.isPresent() && numbers.disagree(a, sa.get(), b, sb.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One sentence speaks of an occurrence dated apart from the other's: their dates cannot be
     * one day, or one names a year ("in 2009", "the 2005 quake") that the other does not. The
     * news of the day is seldom dated by its year; the background that recalls an earlier event
     * is. Their counts are of two events.
     */
    boolean otherEvent(Claim a, Claim b) {
        if (datesContradict(a, b)) {
            return true;
        }
        Set<String> ya = years(a);
        Set<String> yb = years(b);
        return !ya.equals(yb) && !(ya.isEmpty() && yb.isEmpty());
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![\\d,.$])(1[89]\\d\\d|20\\d\\d)(?![\\d,.])");

    private static Set<String> years(Claim c) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = YEAR.matcher(c.sentence());
        while (m.find()) {
            out.add(m.group(1));
        }
        for (DateMention d : c.dates()) {
            if (d.text().matches(".*\\b(1[89]|20)\\d\\d\\b.*")) {
                out.add(String.valueOf(d.date().year()));
            }
        }
        return out;
    }

    /** The actor, object or place is filled by two different named entities. */
    boolean rolesContradict(Claim a, Claim b) {
        for (EntityRoles.Role role : EntityRoles.Role.values()) {
            if (differentFillers(a, b, role)) {
                return true;
            }
        }
        return false;
    }

    /** The one entity of the claim in the role, or empty when none or several. */
    Optional<EntityMention> filler(Claim claim, EntityRoles.Role role) {
        return roles.filler(claim, role);
    }

    /** Each claim has one entity in the role, they are not the same, and neither claim names the other's. */
    boolean differentFillers(Claim a, Claim b, EntityRoles.Role role) {
        Optional<EntityMention> ea = roles.filler(a, role);
        Optional<EntityMention> eb = roles.filler(b, role);
        return ea.isPresent() && eb.isPresent()
                && ea.get().type() == eb.get().type()
                && !EntityRoles.sameName(ea.get().canonical(), eb.get().canonical())
                && !roles.names(a, eb.get()) && !roles.names(b, ea.get())
                && !namesByAdjective(a, eb.get()) && !namesByAdjective(b, ea.get());
    }

    /**
     * The sentence writes the entity's name with a word in the adjective form of the name's word
     * ("the Indian Naval ship" for "Indian Navy", "a Harlenian army unit" for "Harlen Army"): it
     * names the entity, most often as the whole the other side's filler belongs to.
     */
    boolean namesByAdjective(Claim c, EntityMention e) {
        String[] name = NAME_SPLIT.split(e.canonical().strip());
        String[] sentence = NAME_SPLIT.split(c.sentence());
        for (int i = 0; i + name.length <= sentence.length; i++) {
            boolean all = true;
            boolean adjective = false;
            for (int j = 0; j < name.length && all; j++) {
                String w = sentence[i + j];
                if (w.equalsIgnoreCase(name[j])) {
                    continue;
                }
                if (lexicon.pertainsTo(w.toLowerCase(Locale.ROOT), name[j].toLowerCase(Locale.ROOT))) {
                    adjective = true;
                } else {
                    all = false;
                }
            }
            if (all && adjective) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NAME_SPLIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Two slot values can name the same thing: one is missing, they share a name or a content word. */
    boolean slotCompatible(String x, String y) {
        if (x == null || y == null || x.equalsIgnoreCase(y) || EntityRoles.sameName(x, y)) {
            return true;
        }
        Set<String> wx = wordsNoDigits(x);
        Set<String> wy = wordsNoDigits(y);
        if (wx.isEmpty() || wy.isEmpty()) {
            return true;
        }
        wx.retainAll(wy);
        return !wx.isEmpty();
    }

    /**
     * One object is the other narrowed by more words: "their Kestrel service" of "services",
     * "the business customers" of "the customers". The narrower may be a part of the broader
     * (service restored to one provider's customers, then to all), and an action done to a part
     * is another occurrence than the action done to the whole.
     */
    boolean narrowerObject(Claim a, Claim b) {
        if (a.object() == null || b.object() == null) {
            return false;
        }
        Set<String> wa = wordsNoDigits(a.object());
        Set<String> wb = wordsNoDigits(b.object());
        return !wa.isEmpty() && !wb.isEmpty() && !wa.equals(wb) && (wa.containsAll(wb) || wb.containsAll(wa));
    }

    /**
     * The slot is left unsaid in both claims ("prices rose", "prices fell" have no object), or
     * both state it and name one participant: the same words ("he", "he"), names that can be one,
     * or the same head word or a synonym of it ("the flaw in the browser" and "the browser's
     * flaw"). "The flaw in the browser" and "running the browser" are two doers; "an attacker" is
     * not "this attack"; "started the game" and "finished" (what, unsaid) may be two things.
     */
    boolean sameParticipant(String x, String y) {
        if (x == null || y == null) {
            return x == null && y == null;
        }
        if (x.strip().equalsIgnoreCase(y.strip()) || EntityRoles.sameName(x, y)) {
            return true;
        }
        String hx = head(x);
        String hy = head(y);
        return hx != null && hy != null && (hx.equals(hy) || lexicon.areSynonymsInSomePart(hx, hy));
    }

    private static final java.util.regex.Pattern HEAD_WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'\u2019-]*|,");

    /**
     * The head word of a phrase, lower-cased: the last word of its first run of content words
     * ("flaw" of "the flaw in the browser", "vulnerability" of "the browser vulnerability"), or
     * null when it has none.
     */
    private String head(String phrase) {
        java.util.regex.Matcher m = HEAD_WORD.matcher(phrase);
        String last = null;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.equals(",") || settings.stopWords().contains(w)) {
                if (last != null) {
                    break;
                }
                continue;
            }
            last = w;
        }
        return last;
    }

    /** Both slot values are stated, name someone or something (not only a pronoun) and are compatible. */
    boolean slotShared(String x, String y) {
        // a pronoun ("he", "it", "she") names no one across two articles
        return x != null && y != null && !words.of(x).isEmpty() && !words.of(y).isEmpty() && slotCompatible(x, y);
    }

    private Set<String> wordsNoDigits(String s) {
        Set<String> out = new HashSet<>();
        for (String w : words.of(s)) {
            if (w.chars().noneMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Both sentences quote the same words, word for word, and enough of them to have one speaker. */
    boolean sameQuotation(Claim a, Claim b) {
        List<String> qa = Quotation.words(a.sentence());
        return qa.size() >= settings.minQuotedWords() && qa.equals(Quotation.words(b.sentence()));
    }

    /** Stems of the words of a text. */
    List<String> tokens(String text) {
        return words.tokens(text);
    }

    /** The action is a function verb ("have", "be", "do"), which names no event of its own. */
    boolean lightAction(Claim c) {
        return c.action() == null || settings.stopWords().contains(c.action().toLowerCase(Locale.ROOT));
    }

    /** A function word ("have", "be", "say"), which names no event of its own. */
    boolean lightWord(String word) {
        return settings.stopWords().contains(word.toLowerCase(Locale.ROOT));
    }

    String stem(String word) {
        return words.stem(word);
    }
}
