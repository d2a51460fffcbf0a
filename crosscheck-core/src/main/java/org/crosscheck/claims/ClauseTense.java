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
 * "will meet on Friday" and "plans to open in May" look ahead. "Until"
 * ends a state: one that holds now ("is closed until", "has cancelled ... until") or that an act
 * just set up ("cancelled all sailings until Monday") ends ahead; one told in the past with a
 * past auxiliary ("was closed until March") ended before. A present-tense clause otherwise, or one
 * with a modal other than "will" ("could reach 34 degrees by Friday", "vowed that Britain would
 * leave on Oct. 31": ahead of the vow, not of the writing), points to the nearest; a phrase with no
 * verb does not tell.
 */
final class ClauseTense {

    /** Where the expression lies relative to the moment of writing. */
    enum Direction { BEFORE, AFTER, NEAREST, UNKNOWN }

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
            case PRESENT -> span == Span.UNTIL ? Direction.AFTER : Direction.NEAREST;
            case MODAL -> span == Span.UNTIL ? Direction.AFTER : Direction.NEAREST;
            case UNKNOWN -> Direction.UNKNOWN;
        };
    }

    /** Whether the expression opens a span that reaches the present ("since") or closes one ("until"). */
    private enum Span { SINCE, UNTIL, NONE }

    private static Span span(AnnotatedSentence sentence, int head) {
        // the marker may hang on the noun the name modifies ("until Sunday evening")
        Optional<Dependency> arc = sentence.arcOf(head);
        List<Token> markers = new java.util.ArrayList<>(sentence.children(head, "case"));
        if (arc.isPresent() && arc.get().head() >= 0 && arc.get().baseRelation().equals("compound")) {
            markers.addAll(sentence.children(arc.get().head(), "case"));
        }
        for (Token marker : markers) {
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
        return clause(sentence, head, false);
    }

    /** As {@link #clause(AnnotatedSentence, int)}; {@code fromSelf}: the token itself may be the verb. */
    private static Clause clause(AnnotatedSentence sentence, int head, boolean fromSelf) {
        int at = head;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            Token token = sentence.tokens().get(at);
            Optional<Dependency> arc = sentence.arcOf(at);
            boolean modifier = arc.isPresent() && (arc.get().baseRelation().equals("amod")
                    || arc.get().baseRelation().equals("compound"));
            // the expression itself counts only as the predicate of a copula ("launch day is Tuesday")
            boolean self = at == head && !fromSelf;
            if (!modifier && (self ? !sentence.children(at, "cop").isEmpty()
                    : token.isVerb() || !auxiliaries(sentence, at).isEmpty())) {
                if (isToInfinitive(sentence, token)) {
                    // "decided to weigh in on Monday" is as past as the decision; "plans to open
                    // in May" looks ahead of a present plan
                    Clause governing = governing(sentence, at);
                    return switch (governing.tense()) {
                        case PAST, PERFECT, MODAL, UNKNOWN -> governing;
                        case PRESENT, FUTURE -> new Clause(Tense.FUTURE, false);
                    };
                }
                Tense tense = tenseOf(sentence, token);
                if (tense != Tense.UNKNOWN) {
                    return new Clause(tense, !auxiliaries(sentence, at).isEmpty());
                }
            }
            if (arc.isEmpty() || arc.get().head() < 0) {
                break;
            }
            at = arc.get().head();
        }
        return new Clause(Tense.UNKNOWN, false);
    }

    /** The clause of the verb that governs the token, or none when it is the root. */
    private static Clause governing(AnnotatedSentence sentence, int token) {
        Optional<Dependency> arc = sentence.arcOf(token);
        return arc.isEmpty() || arc.get().head() < 0 ? new Clause(Tense.UNKNOWN, false) : clause(sentence, arc.get().head(), true);
    }

    private static boolean isToInfinitive(AnnotatedSentence sentence, Token verb) {
        return verb.tag().equals("VB") && sentence.children(verb.index(), "aux").isEmpty()
                && sentence.children(verb.index(), "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"));
    }

    private static List<Token> auxiliaries(AnnotatedSentence sentence, int verb) {
        List<Token> aux = new java.util.ArrayList<>(sentence.children(verb, "aux"));
        aux.addAll(sentence.children(verb, "cop"));
        return aux;
    }

    /**
     * The tense of a verb (or of a noun or adjective with a copula): a modal of prediction
     * ("will", "shall") makes it future, another modal untold, "have" with a participle perfect ("had" past),
     * a past-tense auxiliary or verb past; a present-tense verb is present.
     */
    private static Tense tenseOf(AnnotatedSentence sentence, Token verb) {
        List<Token> aux = auxiliaries(sentence, verb.index());
        boolean perfect = false;
        for (Token a : aux) {
            String lemma = a.lemma().toLowerCase(Locale.ROOT);
            if (a.tag().equals("MD")) {
                if (lemma.equals("will") || lemma.equals("shall") || lemma.equals("'ll")) {
                    return Tense.FUTURE;
                }
                return Tense.MODAL;
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
        return switch (verb.tag()) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            default -> Tense.UNKNOWN;
        };
    }
}
