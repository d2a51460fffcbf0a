package org.crosscheck.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Token;

/**
 * What happened to what a number counts, read from the dependency tree: the verb or adjective
 * whose argument the counted noun (or the number itself) is. "killing at least 10 people",
 * "three people were killed" and "three people killed" give "kill"; "Fifty were injured" gives
 * "injure"; "served four months" gives "serve"; "ten people are dead" gives "dead". Two outlets'
 * counts of one thing with one predicate can be compared wherever in their articles they stand.
 */
final class CountPredicate {

    /** Relations through which a noun phrase hangs from the word that governs it. */
    private static final Set<String> ARGUMENT = Set.of("nsubj", "obj", "iobj", "obl", "nmod", "conj", "appos",
            "nummod", "compound", "xcomp");
    /** Relations by which a number stands as the subject or object of its own ("50 were injured", "injuring 80"). */
    private static final List<String> STANDS_ALONE = List.of("nsubj", "obj", "iobj");
    /** Relations by which a participle or adjective set after the noun tells what happened to it. */
    private static final List<String> MODIFIER = List.of("acl", "amod");
    /** How many arcs the climb to the predicate may take. */
    private static final int REACH = 4;

    private CountPredicate() {
    }

    /**
     * The predicate of the number written in tokens {@code first} to {@code end}, exclusive: its
     * lemma, lower-cased, or empty when the tree ties the number to no verb or adjective.
     */
    static Optional<String> of(AnnotatedSentence sentence, int first, int end) {
        return word(sentence, first, end).map(CountPredicate::lemma);
    }

    /** What happened to what a number counts: its predicate's lemma and a verb joined to it ({@link #joint}), each or null. */
    record Read(String predicate, String joint) {
    }

    /** The predicate and the joined verb of the number, the tree climbed once. */
    static Read read(AnnotatedSentence sentence, NamedMention number) {
        Optional<Token> word = word(sentence, number.firstToken(), number.endToken());
        return new Read(word.map(CountPredicate::lemma).orElse(null), word.filter(Token::isVerb)
                .flatMap(p -> joint(sentence, p)).orElse(null));
    }

    /**
     * A verb joined by "and" to the number's predicate that says a second thing happened to the
     * same ones ("shot and killed two co-workers": "kill"), as its lemma; empty when there is
     * none, or when the joined verb has an object or subject of its own ("killed one and injured
     * two others" counts two sets). Those counted underwent both: a part of those the first
     * verb alone speaks of.
     */
    private static Optional<String> joint(AnnotatedSentence sentence, Token predicate) {
        for (Token verb : sentence.children(predicate.index(), "conj")) {
            if (verb.isVerb() && !lemma(verb).equals(lemma(predicate)) && ownArguments(sentence, verb).isEmpty()
                    && sentence.children(verb.index(), "cc").stream().anyMatch(c -> c.text().equalsIgnoreCase("and"))) {
                return Optional.of(lemma(verb));
            }
        }
        return Optional.empty();
    }

    private static List<Token> ownArguments(AnnotatedSentence sentence, Token verb) {
        List<Token> out = new java.util.ArrayList<>();
        for (String relation : STANDS_ALONE) {
            out.addAll(sentence.children(verb.index(), relation));
        }
        return out;
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** The word whose argument the number written in tokens {@code first} to {@code end} is. */
    private static Optional<Token> word(AnnotatedSentence sentence, int first, int end) {
        int node = end - 1;
        for (int i = first; i < end; i++) {
            Optional<Dependency> arc = sentence.arcOf(i);
            if (arc.isPresent() && arc.get().head() >= 0 && (arc.get().head() < first || arc.get().head() >= end)) {
                if (!arc.get().relation().equals("nummod") && !STANDS_ALONE.contains(arc.get().baseRelation())) {
                    // a number that qualifies a noun it does not count ("a 17-7 lead", "Orozco, 27")
                    return Optional.empty();
                }
                Token head = sentence.tokens().get(arc.get().head());
                if (!arc.get().relation().equals("nummod") && head.index() == end && head.tag().equals("VBZ")) {
                    // a plural noun straight after the number read as its verb ("16 rebounds")
                    return Optional.empty();
                }
                node = arc.get().relation().equals("nummod") ? arc.get().head() : i;
                if (arc.get().relation().equals("nummod") && participle(sentence, head)) {
                    // "50 injured", "about 50 hurt": the number counts those the participle speaks of
                    return Optional.of(head);
                }
                break;
            }
        }
        for (String relation : MODIFIER) {
            for (Token t : sentence.children(node, relation)) {
                if (t.index() > node && (t.tag().equals("VBN") || t.tag().equals("VBG") || t.tag().startsWith("JJ"))
                        && predicative(t)) {
                    return Optional.of(t);
                }
            }
        }
        for (int step = 0; step < REACH; step++) {
            Optional<Dependency> arc = sentence.arcOf(node);
            if (arc.isEmpty() || arc.get().head() < 0 || !STANDS_ALONE.contains(arc.get().baseRelation())) {
                return Optional.empty();
            }
            Token head = sentence.tokens().get(arc.get().head());
            if (head.isVerb() || head.tag().startsWith("JJ") && predicative(head)) {
                return Optional.of(head);
            }
            node = head.index();
        }
        return Optional.empty();
    }

    /**
     * The word a number is set before is a participle said of those the number counts, not a noun
     * it counts: a past participle ("at least 50 injured"), or a singular noun joined by "and" to
     * a past participle, as the tagger reads an elided "were hurt" ("Ten people were killed and
     * about 50 hurt").
     */
    static boolean participle(AnnotatedSentence sentence, Token head) {
        if (!predicative(head)) {
            return false;
        }
        if (head.tag().equals("VBN")) {
            return true;
        }
        Optional<Dependency> arc = sentence.arcOf(head.index());
        return head.tag().equals("NN") && arc.isPresent() && arc.get().relation().equals("conj") && arc.get().head() >= 0
                && sentence.tokens().get(arc.get().head()).tag().equals("VBN");
    }

    /** A word that can say what happened (a participle, or an adjective such as "dead"), not a number word. */
    private static boolean predicative(Token t) {
        return t.text().chars().allMatch(Character::isLetter) && t.text().length() > 2;
    }
}
