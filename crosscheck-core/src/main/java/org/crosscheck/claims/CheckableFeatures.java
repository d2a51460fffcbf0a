package org.crosscheck.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Token;

/**
 * The features {@link CheckableJudge} reads from one sentence's CoreNLP annotation: what makes a
 * statement checkable (names, numbers, dates, past-tense event verbs, attribution to a named
 * source) and what makes it opinion, feeling or address to the reader (first and second person,
 * questions, exclamations, imperatives, modals, evaluative adjectives, opinion and hedge cues,
 * an unattributed quotation). Every feature lies in [0, 1].
 */
public final class CheckableFeatures {

    /** Feature names, in the order of {@link #of}; the weights file keys them {@code weight.NAME}. */
    public static final List<String> NAMES = List.of(
            "person", "organization", "location", "number", "date", "past", "reported",
            "named.subject", "first.singular", "first.plural", "second", "question", "exclamation",
            "imperative", "modal", "adjectives", "copula", "opinion.cue", "hedge.cue",
            "quote.unattributed", "no.verb", "short");

    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<Character> OPEN_QUOTES = Set.of('"', '\u201c', '\u2018', '\'');
    private static final Set<Character> CLOSERS = Set.of('"', '\'', '\u201d', '\u2019', ')', ']');

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
                case "PERSON" -> person = 1;
                case "ORGANIZATION" -> organization = 1;
                case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> location = 1;
                default -> { }
            }
        }
        boolean number = tokens.stream().anyMatch(t -> NUMERIC.contains(t.ner()) || t.tag().equals("CD"));
        boolean date = !s.times().isEmpty() || tokens.stream().anyMatch(t -> TEMPORAL.contains(t.ner()));
        long verbs = tokens.stream().filter(Token::isVerb).count();
        long past = tokens.stream().filter(t -> t.tag().equals("VBD") || t.tag().equals("VBN")).count();
        Token root = s.root().orElse(null);
        boolean reported = tokens.stream().anyMatch(t -> t.isVerb()
                && cues.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))
                && subjects(s, t.index()).stream().anyMatch(sub -> !isPronoun(sub)));
        boolean namedSubject = root != null && subjects(s, root.index()).stream()
                .anyMatch(t -> t.tag().startsWith("NNP") || !t.ner().equals("O"));
        boolean firstSingular = has(tokens, FIRST_SINGULAR);
        boolean firstPlural = has(tokens, FIRST_PLURAL);
        boolean second = has(tokens, SECOND);
        char last = lastMeaningfulChar(text);
        boolean imperative = root != null && root.tag().equals("VB") && subjects(s, root.index()).isEmpty()
                && s.children(root.index(), "aux").isEmpty();
        boolean modal = tokens.stream().anyMatch(t -> t.tag().equals("MD"));
        long adjectives = tokens.stream().filter(t -> t.tag().startsWith("JJ")).count();
        boolean copula = root != null && !root.isVerb() && !s.children(root.index(), "cop").isEmpty();
        boolean opinion = cues.opinion().stream().anyMatch(c -> ClaimCues.containsPhrase(text, c));
        boolean hedge = cues.hedges().stream().anyMatch(c -> ClaimCues.containsPhrase(text, c));
        boolean quoted = !text.isEmpty() && OPEN_QUOTES.contains(text.charAt(0)) && !reported;
        return new double[] {
            person, organization, location, b(number), b(date),
            verbs == 0 ? 0 : (double) past / verbs, b(reported), b(namedSubject),
            b(firstSingular), b(firstPlural), b(second), b(last == '?'), b(last == '!'),
            b(imperative), b(modal), Math.min(1, 4.0 * adjectives / words), b(copula),
            b(opinion), b(hedge), b(quoted), b(verbs == 0), b(words < 8)
        };
    }

    private static List<Token> subjects(AnnotatedSentence s, int head) {
        return s.children(head, "nsubj");
    }

    private static boolean isPronoun(Token t) {
        return t.tag().startsWith("PRP");
    }

    private static boolean has(List<Token> tokens, Set<String> words) {
        return tokens.stream().anyMatch(t -> words.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    private static double b(boolean value) {
        return value ? 1 : 0;
    }

    private static char lastMeaningfulChar(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !CLOSERS.contains(c)) {
                return c;
            }
        }
        return ' ';
    }
}
