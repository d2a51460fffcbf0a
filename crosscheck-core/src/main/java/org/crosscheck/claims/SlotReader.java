package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.Token;

/**
 * Fills a claim's slots from the sentence's dependency tree. The main verb and the attribution
 * come from {@link AttributionReader} (for "X said that Y ..." the verb of Y). Actor: the active subject, or the
 * "by" agent of a passive; object: the direct object, else the passive subject, else the first
 * non-temporal oblique. A passive without an agent has no actor ("14 people were injured":
 * object "14 people"). Names become canonical entity names; other phrases stay as written.
 */
final class SlotReader {

    static final Set<NerTag> NAME_TYPES = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION, NerTag.LOCATION, NerTag.MISC);
    private static final Set<String> PHRASE_RELATIONS = Set.of("det", "amod", "compound", "flat", "nummod",
            "nmod:poss", "fixed", "goeswith", "flat:name", "compound:prt");

    private final ClaimCues cues;
    private final AttributionReader attributions;

    SlotReader(ClaimCues cues) {
        this.cues = cues;
        this.attributions = new AttributionReader(cues);
    }

    /** The slots of a sentence; {@code canonical} names the entity a name mention stands for. */
    Slots read(AnnotatedSentence s, Function<NamedMention, String> canonical) {
        Optional<Token> root = s.root().flatMap(r -> r.isPunctuation() ? wordUnder(s, r) : Optional.of(r));
        if (root.isEmpty()) {
            return new Slots(null, null, null, false, hedged(s), null);
        }
        AttributionReader.Reported reported = attributions.read(s, root.get());
        Token main = reported.main();
        Token speaker = reported.speaker();
        Token according = reported.according();
        boolean denied = reported.denied();
        Attribution attribution = speaker == null ? null : new Attribution(name(s, speaker, canonical), reported.cue());
        boolean passive = !s.children(main.index(), "aux:pass").isEmpty()
                || !s.childrenExactly(main.index(), "nsubj:pass").isEmpty();
        String actor = (passive ? agent(s, main) : subject(s, main)).map(t -> name(s, t, canonical)).orElse(null);
        String object = object(s, main, passive, according).map(t -> phrase(s, t)).orElse(null);
        // a denial verb as the main verb ("rejected the offer") is the action, not a negation of it
        boolean negated = denied || isNegated(s, main) || hasNegativeArgument(s, main);
        return new Slots(actor, action(s, main), object, negated, hedged(s), attribution);
    }





    /** A quote the parser rooted on its quotation mark: the word hung under the mark. */
    private static Optional<Token> wordUnder(AnnotatedSentence s, Token punctuation) {
        return s.dependencies().stream().filter(d -> d.head() == punctuation.index())
                .map(d -> s.tokens().get(d.dependent())).filter(t -> !t.isPunctuation()).findFirst();
    }



    static Optional<Token> subject(AnnotatedSentence s, Token verb) {
        List<Token> subjects = s.childrenExactly(verb.index(), "nsubj");
        return subjects.isEmpty() ? Optional.empty() : Optional.of(subjects.get(0));
    }

    private static Optional<Token> agent(AnnotatedSentence s, Token verb) {
        for (Token obl : s.children(verb.index(), "obl")) {
            Optional<Dependency> arc = s.arcOf(obl.index());
            if (s.timeAt(obl.index()).isPresent()) {
                continue;
            }
            boolean agentArc = arc.isPresent() && arc.get().relation().equals("obl:agent");
            boolean byCase = s.children(obl.index(), "case").stream().anyMatch(c -> c.text().equalsIgnoreCase("by"));
            if (agentArc || byCase) {
                return Optional.of(obl);
            }
        }
        return Optional.empty();
    }

    private Optional<Token> object(AnnotatedSentence s, Token verb, boolean passive, Token according) {
        List<Token> objects = s.children(verb.index(), "obj");
        if (!objects.isEmpty()) {
            return Optional.of(objects.get(0));
        }
        if (passive) {
            List<Token> subjects = s.childrenExactly(verb.index(), "nsubj:pass");
            if (!subjects.isEmpty()) {
                return Optional.of(subjects.get(0));
            }
        }
        Optional<Token> agent = passive ? agent(s, verb) : Optional.empty();
        for (Token obl : s.children(verb.index(), "obl")) {
            String relation = s.arcOf(obl.index()).map(Dependency::relation).orElse("");
            boolean temporal = relation.equals("obl:tmod") || relation.equals("obl:npmod")
                    || s.timeAt(obl.index()).isPresent();
            boolean isAgent = agent.isPresent() && agent.get().index() == obl.index();
            boolean isSource = according != null && according.index() == obl.index();
            if (!temporal && !isAgent && !isSource) {
                return Optional.of(obl);
            }
        }
        List<Token> copula = s.children(verb.index(), "cop");
        return copula.isEmpty() ? Optional.empty() : Optional.of(verb);
    }


    private String action(AnnotatedSentence s, Token main) {
        List<Token> copula = s.children(main.index(), "cop");
        if (!copula.isEmpty()) {
            return lemma(copula.get(0));
        }
        StringBuilder action = new StringBuilder(lemma(main));
        s.childrenExactly(main.index(), "compound:prt").forEach(p -> action.append(' ').append(lemma(p)));
        return action.toString();
    }

    private boolean isNegated(AnnotatedSentence s, Token verb) {
        List<Token> modifiers = new ArrayList<>(s.children(verb.index(), "advmod"));
        modifiers.addAll(s.children(verb.index(), "neg"));
        return modifiers.stream().anyMatch(m -> cues.negations().contains(m.text().toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')) || cues.negations().contains(lemma(m)));
    }

    /** "No deaths were reported", "nobody was hurt": a subject or object that is a negative word or has "no". */
    private boolean hasNegativeArgument(AnnotatedSentence s, Token verb) {
        for (String relation : List.of("nsubj", "obj")) {
            for (Token argument : s.children(verb.index(), relation)) {
                if (cues.negativeWords().contains(argument.text().toLowerCase(Locale.ROOT))
                        || s.children(argument.index(), "det").stream()
                                .anyMatch(d -> cues.negativeWords().contains(d.text().toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hedged(AnnotatedSentence s) {
        for (String cue : cues.hedges()) {
            if (cue.contains(" ")) {
                if (ClaimCues.containsPhrase(s.text(), cue)) {
                    return true;
                }
            } else if (s.tokens().stream().anyMatch(t -> !t.tag().startsWith("NNP")
                    && t.text().toLowerCase(Locale.ROOT).equals(cue))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The canonical entity name when the token is part of a name or has a name in apposition,
     * else its phrase as written.
     */
    private String name(AnnotatedSentence s, Token head, Function<NamedMention, String> canonical) {
        Optional<NamedMention> mention = s.mentionAt(head.index()).filter(m -> NAME_TYPES.contains(m.type()));
        if (mention.isEmpty()) {
            // "Watson's attorney, Lanny Breuer, told ...": the name in apposition names the speaker.
            mention = s.childrenExactly(head.index(), "appos").stream()
                    .flatMap(a -> s.mentionAt(a.index()).stream())
                    .filter(m -> m.type() == NerTag.PERSON || m.type() == NerTag.ORGANIZATION).findFirst();
        }
        return mention.map(canonical).orElseGet(() -> phrase(s, head));
    }

    /** The head with its determiners, modifiers, compounds and possessors, as written. */
    private String phrase(AnnotatedSentence s, Token head) {
        List<Integer> members = new ArrayList<>();
        collect(s, head.index(), members, 0);
        if (members.size() > cues.maxPhraseWords()) {
            members.clear();
            members.add(head.index());
            s.children(head.index(), "compound").forEach(t -> members.add(t.index()));
            s.children(head.index(), "flat").forEach(t -> members.add(t.index()));
        }
        int first = members.stream().min(Integer::compare).orElse(head.index());
        int last = members.stream().max(Integer::compare).orElse(head.index());
        return s.slice(s.tokens().get(first).start(), s.tokens().get(last).end());
    }

    private static void collect(AnnotatedSentence s, int index, List<Integer> members, int depth) {
        members.add(index);
        if (depth > 4) {
            return;
        }
        for (Dependency d : s.dependencies()) {
            if (d.head() == index && (PHRASE_RELATIONS.contains(d.relation()) || isPossessiveMarker(s, d))) {
                collect(s, d.dependent(), members, depth + 1);
            }
        }
    }

    private static boolean isPossessiveMarker(AnnotatedSentence s, Dependency d) {
        return d.relation().equals("case") && s.tokens().get(d.dependent()).tag().equals("POS");
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
