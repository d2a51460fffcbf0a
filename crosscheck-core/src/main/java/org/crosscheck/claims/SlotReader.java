package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Token;

/**
 * Fills a claim's slots from the sentence's dependency tree. The main verb is the root, or,
 * when the root is a reporting verb with a clausal complement ("X said that Y ..."), the
 * complement's verb, and X becomes the attribution; a reporting clause attached beside the root
 * ("'...,' X said") and "according to X" attribute too. Actor: the active subject, or the
 * "by" agent of a passive; object: the direct object, else the passive subject, else the first
 * non-temporal oblique. A passive without an agent has no actor ("14 people were injured":
 * object "14 people"). Names become canonical entity names; other phrases stay as written.
 */
final class SlotReader {

    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> PHRASE_RELATIONS = Set.of("det", "amod", "compound", "flat", "nummod",
            "nmod:poss", "fixed", "goeswith", "flat:name", "compound:prt");
    private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis");
    private static final int TRAILING_WORDS = 7;
    private static final Set<String> INVERTED_SPEAKER = Set.of("nsubj", "xcomp", "obj", "dep", "appos", "iobj");

    private final ClaimCues cues;

    SlotReader(ClaimCues cues) {
        this.cues = cues;
    }

    /** The slots of a sentence; {@code canonical} names the entity a name mention stands for. */
    Slots read(AnnotatedSentence s, Function<NamedMention, String> canonical) {
        Optional<Token> root = s.root().flatMap(r -> r.isPunctuation() ? wordUnder(s, r) : Optional.of(r));
        if (root.isEmpty()) {
            return new Slots(null, null, null, false, hedged(s), null);
        }
        Token main = root.get();
        Token speaker = null;
        String cue = null;
        boolean denied = false;
        if (isReporting(main)) {
            Token reporting = main;
            Optional<Token> clause = reportedClause(s, reporting);
            if (clause.isPresent()) {
                speaker = speakerOf(s, main).orElse(null);
                cue = main.text();
                denied = cues.denials().contains(lemma(main));
                main = clause.get();
            }
        } else {
            for (Token p : s.childrenExactly(main.index(), "parataxis")) {
                Optional<Token> subject = subject(s, p).map(t -> afterLastComma(s, t, p));
                if (isReporting(p) && subject.isPresent()) {
                    speaker = subject.get();
                    cue = p.text();
                    denied = cues.denials().contains(lemma(p));
                    break;
                }
            }
        }
        if (speaker == null) {
            Optional<Token[]> trailing = trailingAttribution(s);
            if (trailing.isPresent()) {
                speaker = trailing.get()[0];
                cue = trailing.get()[1].text();
                denied = cues.denials().contains(lemma(trailing.get()[1]));
            }
        }
        Token according = accordingTo(s).orElse(null);
        if (speaker == null && according != null) {
            speaker = according;
            cue = "according to";
        }
        Attribution attribution = speaker == null ? null : new Attribution(name(s, speaker, canonical), cue);
        boolean passive = !s.children(main.index(), "aux:pass").isEmpty()
                || !s.childrenExactly(main.index(), "nsubj:pass").isEmpty();
        String actor = (passive ? agent(s, main) : subject(s, main)).map(t -> name(s, t, canonical)).orElse(null);
        String object = object(s, main, passive, according).map(t -> phrase(s, t)).orElse(null);
        boolean negated = denied || cues.denials().contains(lemma(main)) || isNegated(s, main)
                || hasNegativeArgument(s, main);
        return new Slots(actor, action(s, main), object, negated, hedged(s), attribution);
    }

    private boolean isReporting(Token t) {
        return t.isVerb() && cues.reportingVerbs().contains(lemma(t));
    }

    /**
     * The clause a reporting verb reports: its ccomp or parataxis, or a fronted clause the parser
     * hung on it as an unmarked advcl ("Four people were arrested, police confirmed.").
     */
    private static Optional<Token> reportedClause(AnnotatedSentence s, Token reporting) {
        Optional<Token> clause = CLAUSES.stream().flatMap(r -> s.childrenExactly(reporting.index(), r).stream())
                .filter(t -> t.isVerb() || !s.children(t.index(), "nsubj").isEmpty()).findFirst();
        if (clause.isPresent()) {
            return clause;
        }
        // A clause the parser could only attach as "dep" still reports when it has a subject.
        clause = s.childrenExactly(reporting.index(), "dep").stream()
                .filter(t -> !s.children(t.index(), "nsubj").isEmpty()).findFirst();
        if (clause.isPresent()) {
            return clause;
        }
        return s.childrenExactly(reporting.index(), "advcl").stream()
                .filter(t -> t.index() < reporting.index() && s.children(t.index(), "mark").isEmpty())
                .findFirst();
    }

    /**
     * A trailing attribution read from the surface when the parse misses it: the sentence ends
     * with ", emergency services said." or ", said Fire Chief Marta Okonkwo." (at most
     * {@code TRAILING_WORDS} words after the last comma). Gives the speaker's head and the verb.
     */
    private Optional<Token[]> trailingAttribution(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        int end = t.size();
        while (end > 0 && t.get(end - 1).isPunctuation() && !t.get(end - 1).text().equals(",")) {
            end--;
        }
        int comma = end - 1;
        while (comma >= 0 && !t.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma < 0 || end - comma - 1 < 2 || end - comma - 1 > TRAILING_WORDS) {
            return Optional.empty();
        }
        Token last = t.get(end - 1);
        Token first = t.get(comma + 1);
        if (isReporting(last) && isNominal(t.get(end - 2))) {
            return Optional.of(new Token[] {t.get(end - 2), last});
        }
        if (isReporting(first) && isNominal(last)) {
            return Optional.of(new Token[] {last, first});
        }
        return Optional.empty();
    }

    private static boolean isNominal(Token t) {
        return t.tag().startsWith("NN") || t.tag().startsWith("PRP");
    }

    /** A quote the parser rooted on its quotation mark: the word hung under the mark. */
    private static Optional<Token> wordUnder(AnnotatedSentence s, Token punctuation) {
        return s.dependencies().stream().filter(d -> d.head() == punctuation.index())
                .map(d -> s.tokens().get(d.dependent())).filter(t -> !t.isPunctuation()).findFirst();
    }

    /**
     * In "..., emergency services said." the speaker is what stands between the last comma and
     * the verb; when the parser took a subject from before that comma, the noun right before the
     * verb is taken instead.
     */
    private static Token afterLastComma(AnnotatedSentence s, Token subject, Token verb) {
        int comma = -1;
        for (int i = verb.index() - 1; i > subject.index(); i--) {
            if (s.tokens().get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0 || verb.index() == 0) {
            return subject;
        }
        Token before = s.tokens().get(verb.index() - 1);
        return before.tag().startsWith("NN") || before.tag().startsWith("PRP") ? before : subject;
    }

    /**
     * Who speaks: the reporting verb's subject, or in an inverted quote ("..., said McCaul") the
     * first name after the verb that the parser attached to it in another way.
     */
    private static Optional<Token> speakerOf(AnnotatedSentence s, Token reporting) {
        Optional<Token> subject = subject(s, reporting);
        if (subject.isPresent()) {
            return subject;
        }
        return s.dependencies().stream()
                .filter(d -> d.head() == reporting.index() && d.dependent() > reporting.index()
                        && INVERTED_SPEAKER.contains(d.relation()))
                .map(d -> s.tokens().get(d.dependent()))
                .filter(t -> s.mentionAt(t.index()).filter(m -> NAME_TYPES.contains(m.type())).isPresent())
                .findFirst();
    }

    private static Optional<Token> subject(AnnotatedSentence s, Token verb) {
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

    /** The head noun of "according to X". */
    private static Optional<Token> accordingTo(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equalsIgnoreCase("according") && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                Optional<Dependency> arc = s.arcOf(i);
                if (arc.isPresent() && arc.get().head() >= 0 && arc.get().head() != i) {
                    return Optional.of(tokens.get(arc.get().head()));
                }
            }
        }
        return Optional.empty();
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
                    .filter(m -> m.type().equals("PERSON") || m.type().equals("ORGANIZATION")).findFirst();
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

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
