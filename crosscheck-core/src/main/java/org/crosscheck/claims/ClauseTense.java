package org.crosscheck.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.Token;

/**
 * Which side of the moment of writing a time expression lies on, read from the grammar of its
 * clause: the verb that governs the expression in the dependency tree, its tense (Penn tags) and
 * its auxiliaries. "was delivered in February" and "has been closed since March" look back;
 * "will meet on Friday", "would start in January" and "plans to open in May" look ahead. "Until"
 * ends a state: one that holds now ("is closed until", "has cancelled ... until") or that an act
 * just set up ("cancelled all sailings until Monday") ends ahead; one told in the past with a
 * past auxiliary ("was closed until March") ended before. A present-tense clause otherwise, or a
 * phrase with no verb, does not tell.
 */
final class ClauseTense {

    /** Where the expression lies relative to the moment of writing. */
    enum Direction { BEFORE, AFTER, UNKNOWN }

    private enum Tense { PAST, PERFECT, PRESENT, FUTURE, MODAL, UNKNOWN }

    private ClauseTense() {
    }

    /** The direction of the expression whose head word is the sentence token {@code head}. */
    static Direction of(AnnotatedSentence sentence, int head) {
        Span span = span(sentence, head);
        if (span == Span.SINCE) {
            return Direction.BEFORE;
        }
        Clause clause = clause(sentence, head);
        return switch (clause.tense()) {
            case PAST -> span == Span.UNTIL && !clause.auxiliary() ? Direction.AFTER : Direction.BEFORE;
            case FUTURE -> Direction.AFTER;
            case PERFECT -> span == Span.UNTIL ? Direction.AFTER : Direction.BEFORE;
            case PRESENT -> span == Span.UNTIL ? Direction.AFTER : Direction.UNKNOWN;
            case MODAL, UNKNOWN -> Direction.UNKNOWN;
        };
    }

    /** Whether the expression opens a span that reaches the present ("since") or closes one ("until"). */
    private enum Span { SINCE, UNTIL, NONE }

    private static Span span(AnnotatedSentence sentence, int head) {
        for (Token marker : sentence.children(head, "case")) {
            String word = marker.lemma().toLowerCase(Locale.ROOT);
            if (word.equals("since")) {
                return Span.SINCE;
            }
            if (word.equals("until") || word.equals("till") || word.equals("til")) {
                return Span.UNTIL;
            }
        }
        return Span.NONE;
    }

    /** A clause's tense, and whether an auxiliary or copula carries it. */
    private record Clause(Tense tense, boolean auxiliary) { }

    /** The tense of the nearest verb above the token that tells one, looking through nouns and prepositions. */
    private static Clause clause(AnnotatedSentence sentence, int head) {
        int at = head;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            Token token = sentence.tokens().get(at);
            if (at != head && (token.isVerb() || !auxiliaries(sentence, at).isEmpty())) {
                Tense tense = tenseOf(sentence, token);
                if (tense != Tense.UNKNOWN) {
                    return new Clause(tense, !auxiliaries(sentence, at).isEmpty());
                }
            }
            Optional<Dependency> arc = sentence.arcOf(at);
            if (arc.isEmpty() || arc.get().head() < 0) {
                break;
            }
            at = arc.get().head();
        }
        return new Clause(Tense.UNKNOWN, false);
    }

    private static List<Token> auxiliaries(AnnotatedSentence sentence, int verb) {
        List<Token> aux = new java.util.ArrayList<>(sentence.children(verb, "aux"));
        aux.addAll(sentence.children(verb, "cop"));
        return aux;
    }

    /**
     * The tense of a verb (or of a noun or adjective with a copula): a modal of prediction
     * ("will", "shall", "would") makes it future, "have" with a participle perfect ("had" past),
     * a past-tense auxiliary or verb past; a bare infinitive with "to" looks ahead ("plans to
     * open"); a present-tense verb is present.
     */
    private static Tense tenseOf(AnnotatedSentence sentence, Token verb) {
        List<Token> aux = auxiliaries(sentence, verb.index());
        boolean perfect = false;
        for (Token a : aux) {
            String lemma = a.lemma().toLowerCase(Locale.ROOT);
            if (a.tag().equals("MD")) {
                if (lemma.equals("will") || lemma.equals("shall") || lemma.equals("would") || lemma.equals("'ll")) {
                    return Tense.FUTURE;
                }
                return Tense.MODAL; // "could open in May": possible, not placed
            }
            if (lemma.equals("have")) {
                if (a.tag().equals("VBD")) {
                    return Tense.PAST;
                }
                perfect = true;
            } else if (a.tag().equals("VBD")) {
                return Tense.PAST;
            }
        }
        if (perfect) {
            return Tense.PERFECT;
        }
        if (aux.stream().anyMatch(a -> a.tag().equals("VBZ") || a.tag().equals("VBP"))) {
            return Tense.PRESENT;
        }
        if (!sentence.children(verb.index(), "mark").stream()
                .filter(m -> m.lemma().equalsIgnoreCase("to")).toList().isEmpty() && verb.tag().equals("VB")) {
            return Tense.FUTURE;
        }
        return switch (verb.tag()) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            default -> Tense.UNKNOWN;
        };
    }
}
