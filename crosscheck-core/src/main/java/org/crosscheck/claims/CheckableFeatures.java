package org.crosscheck.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.Token;

/**
 * The features {@link CheckableJudge} reads from one sentence's CoreNLP annotation: what makes a
 * statement checkable (names, numbers, dates, past-tense event verbs, attribution to a named
 * source) and what makes it opinion, feeling or address to the reader (first and second person,
 * questions, exclamations, imperatives, modals, evaluative adjectives, opinion and hedge cues,
 * an unattributed quotation), and whether it holds anything to check at all (a name, a number or
 * a date: "anchored"; a sentence in the first or second person without one speaks of the writer
 * or the reader: "self.unanchored"). Every feature lies in [0, 1].
 */
public final class CheckableFeatures {

    /** Feature names, in the order of {@link #of}; the weights file keys them {@code weight.NAME}. */
    public static final List<String> NAMES = List.of(
            "person", "organization", "location", "number", "date", "anchored", "past", "reported",
            "named.subject", "first.singular", "first.plural", "second", "self.unanchored", "first.quoted", "question",
            "exclamation", "imperative", "future", "modal", "adjectives", "copula", "opinion.cue", "hedge.cue",
            "quote.unattributed", "no.verb", "length");

    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d", "``", "''");
    private static final Set<NerTag> NUMERIC = EnumSet.of(NerTag.NUMBER, NerTag.MONEY, NerTag.PERCENT, NerTag.ORDINAL);
    private static final Set<Character> OPEN_QUOTES = Set.of('"', '\u201c', '\u2018', '\'');

    private final ClaimCues cues;

    CheckableFeatures(ClaimCues cues) {
        this.cues = cues;
    }

    /** The features with the shipped cue lists. */
    public static CheckableFeatures defaults() {
        return new CheckableFeatures(ClaimCues.load());
    }

    /** The feature vector of one sentence, in {@link #NAMES} order. */
    public double[] of(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        String text = s.text().strip();
        long words = Math.max(1, s.wordCount());
        double person = 0;
        double organization = 0;
        double location = 0;
        for (NamedMention m : s.mentions()) {
            switch (m.type()) {
                case PERSON -> person = 1;
                case ORGANIZATION -> organization = 1;
                default -> location = m.type().isPlace() ? 1 : location;
            }
        }
        boolean number = tokens.stream().anyMatch(t -> NUMERIC.contains(t.ner()) || t.tag().equals("CD"));
        boolean date = !s.times().isEmpty() || tokens.stream().anyMatch(t -> t.ner().isTemporal());
        boolean anchored = person + organization + location > 0 || number || date || !s.mentions().isEmpty();
        long verbs = tokens.stream().filter(Token::isVerb).count();
        long past = tokens.stream().filter(t -> t.tag().equals("VBD") || t.tag().equals("VBN")).count();
        Token root = s.root().orElse(null);
        boolean reported = tokens.stream().anyMatch(t -> t.isVerb()
                && cues.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))
                && (subjects(s, t.index()).stream().anyMatch(sub -> !isPronoun(sub))
                    || s.children(t.index(), "obj").stream().anyMatch(o -> o.tag().startsWith("NNP"))))
                || ClaimCues.containsPhrase(text, "according to");
        boolean namedSubject = root != null && subjects(s, root.index()).stream()
                .anyMatch(t -> t.tag().startsWith("NNP") || t.ner().isEntity());
        boolean[] quotedToken = insideQuotes(tokens);
        boolean firstSingular = has(tokens, quotedToken, FIRST_SINGULAR, false);
        boolean firstPlural = has(tokens, quotedToken, FIRST_PLURAL, false);
        boolean second = has(tokens, quotedToken, SECOND, false);
        boolean firstQuoted = has(tokens, quotedToken, FIRST_SINGULAR, true) || has(tokens, quotedToken, FIRST_PLURAL, true);
        char last = ClaimSentenceFilter.lastMeaningfulChar(text);
        boolean imperative = root != null && root.tag().equals("VB") && subjects(s, root.index()).isEmpty()
                && s.children(root.index(), "aux").isEmpty();
        boolean future = tokens.stream().anyMatch(t -> t.tag().equals("MD") && FUTURE.contains(t.text().toLowerCase(Locale.ROOT)));
        boolean modal = tokens.stream().anyMatch(t -> t.tag().equals("MD") && !FUTURE.contains(t.text().toLowerCase(Locale.ROOT))
                && !beforePerfect(tokens, t.index()));
        long adjectives = tokens.stream().filter(t -> t.tag().startsWith("JJ")).count();
        boolean copula = root != null && !root.isVerb() && !s.children(root.index(), "cop").isEmpty();
        boolean opinion = cues.opinion().stream().anyMatch(c -> ClaimCues.containsPhrase(text, c));
        boolean hedge = cues.hedges().stream().anyMatch(c -> ClaimCues.containsPhrase(text, c));
        boolean quoted = !text.isEmpty() && OPEN_QUOTES.contains(text.charAt(0)) && !reported;
        return new double[] {
            person, organization, location, b(number), b(date),
            b(anchored),
            verbs == 0 ? 0 : (double) past / verbs, b(reported), b(namedSubject),
            b(firstSingular), b(firstPlural), b(second), b((firstSingular || firstPlural || second) && !anchored), b(firstQuoted), b(last == '?'), b(last == '!'),
            b(imperative), b(future), b(modal), Math.min(1, 4.0 * adjectives / words), b(copula),
            b(opinion), b(hedge), b(quoted), b(verbs == 0), Math.min(1, words / 30.0)
        };
    }

    /**
     * True when the modal at {@code i} heads a perfect ("may have damaged", "could have left"): a
     * guess about a past event, which the hedge cues weigh, not an obligation or a possibility.
     */
    private static boolean beforePerfect(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).lemma().equalsIgnoreCase("have")
                && tokens.get(i + 2).tag().equals("VBN");
    }

    private static List<Token> subjects(AnnotatedSentence s, int head) {
        return s.children(head, "nsubj");
    }

    private static boolean isPronoun(Token t) {
        return t.tag().startsWith("PRP");
    }

    /** Whether a word of {@code words} occurs inside ({@code quoted}) or outside quotation marks. */
    private static boolean has(List<Token> tokens, boolean[] inside, Set<String> words, boolean quoted) {
        for (Token t : tokens) {
            if (inside[t.index()] == quoted && words.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each token, whether it lies inside quotation marks: an opening curly quote or {@code ``}
     * opens, a closing one closes, a straight double quote toggles. A sentence that closes a quote
     * it never opened (the end of a quotation begun in an earlier sentence) was inside it from its start.
     */
    private static boolean[] insideQuotes(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean opensFirst = false;
        for (Token t : tokens) {
            String q = t.text();
            if (q.equals("\u201c") || q.equals("``") || q.equals("\"")) {
                break;
            }
            if (q.equals("\u201d") || q.equals("''")) {
                opensFirst = true;
                break;
            }
        }
        boolean in = opensFirst;
        for (Token t : tokens) {
            String q = t.text();
            if (QUOTE_MARKS.contains(q)) {
                in = switch (q) {
                    case "\u201c", "``" -> true;
                    case "\u201d", "''" -> false;
                    default -> !in;
                };
                continue;
            }
            out[t.index()] = in;
        }
        return out;
    }

    private static double b(boolean value) {
        return value ? 1 : 0;
    }
}
