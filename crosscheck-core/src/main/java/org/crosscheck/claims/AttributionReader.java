package org.crosscheck.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Dependency;
import org.crosscheck.language.Token;

/**
 * Who a sentence attributes its claim to, and which verb carries the claim. When the root is a
 * reporting verb with a clausal complement ("X said that Y ..."), the complement's verb is the
 * claim and X the speaker; a reporting clause beside the root ("'...,' X said"), a trailing
 * ", X said." the parser missed, and "according to X" attribute too. Reporting and denial verbs
 * are data ({@link ClaimCues}).
 */
final class AttributionReader {

    /** The relations of a reported clause, in order of preference: a complement before a clause set beside. */
    private static final List<String> CLAUSES = List.of("ccomp", "parataxis");
    private static final int TRAILING_WORDS = 14;
    private static final Set<String> INVERTED_SPEAKER = Set.of("nsubj", "xcomp", "obj", "dep", "appos", "iobj");

    /**
     * The verb that carries the claim, its speaker's head token (or null), the attributing words,
     * whether the attribution denies the claim ("denied that"), and the head of an "according to"
     * phrase (or null), which is a source and never the object.
     */
    record Reported(Token main, Token speaker, String cue, boolean denied, Token according) {
    }

    private final ClaimCues cues;

    AttributionReader(ClaimCues cues) {
        this.cues = cues;
    }

    /** The attribution of a sentence whose (word) root is {@code root}. */
    Reported read(AnnotatedSentence s, Token root) {
        Token main = root;
        Token speaker = null;
        String cue = null;
        boolean denied = false;
        if (isReporting(root)) {
            Optional<Token> clause = reportedClause(s, root);
            if (clause.isPresent()) {
                speaker = speakerOf(s, root).orElse(null);
                cue = root.text();
                denied = cues.denials().contains(SlotReader.lemma(root));
                main = clause.get();
            }
        } else {
            for (Token p : s.childrenExactly(root.index(), "parataxis")) {
                Optional<Token> subject = SlotReader.subject(s, p).map(t -> afterLastComma(s, t, p));
                if (isReporting(p) && subject.isPresent()) {
                    speaker = subject.get();
                    cue = p.text();
                    denied = cues.denials().contains(SlotReader.lemma(p));
                    break;
                }
            }
        }
        if (speaker == null) {
            Optional<Token[]> trailing = trailingAttribution(s);
            if (trailing.isPresent()) {
                speaker = trailing.get()[0];
                cue = trailing.get()[1].text();
                denied = cues.denials().contains(SlotReader.lemma(trailing.get()[1]));
            }
        }
        Token according = accordingTo(s).orElse(null);
        if (speaker == null && according != null) {
            speaker = according;
            cue = "according to";
        }
        return new Reported(main, speaker, cue, denied, according);
    }

    private boolean isReporting(Token t) {
        return t.isVerb() && cues.reportingVerbs().contains(SlotReader.lemma(t));
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
     * A trailing attribution read from the surface when the parse misses it: the words after the
     * sentence's last comma (at most {@code TRAILING_WORDS}) hold a reporting verb and its
     * speaker, "…, emergency services said.", "…, the trust (CBHT) said in a statement.",
     * "…, said Fire Chief Marta Okonkwo." Gives the speaker's head and the verb.
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
        for (int v = comma + 1; v < end; v++) {
            if (!isReporting(t.get(v)) || s.root().map(r -> r.index()).orElse(-1) == t.get(v).index()) {
                continue;
            }
            if (v == comma + 1) {
                // "said Fire Chief Marta Okonkwo (of the fire service)": the last noun before a
                // preposition or a time; "told X" names the listener, not the speaker.
                if (SlotReader.lemma(t.get(v)).equals("tell")) {
                    return Optional.empty();
                }
                Token head = null;
                for (int i = v + 1; i < end && !t.get(i).tag().equals("IN") && s.timeAt(i).isEmpty(); i++) {
                    head = isNominal(t.get(i)) ? t.get(i) : head;
                }
                return head == null ? Optional.empty() : Optional.of(new Token[] {head, t.get(v)});
            }
            // "the Carrow Bay Health Trust (CBHT) said (in a statement)": the nearest noun before the
            // verb, outside brackets; the verb takes no object of its own ("police confirmed the
            // deaths" is a claim, not an attribution), "told" excepted ("X told reporters").
            boolean bare = v + 1 == end || t.get(v + 1).tag().equals("IN") || t.get(v + 1).tag().equals("TO")
                    || SlotReader.lemma(t.get(v)).equals("tell");
            if (!bare) {
                return Optional.empty();
            }
            int depth = 0;
            for (int i = v - 1; i > comma; i--) {
                String w = t.get(i).text();
                depth += w.equals(")") || w.equals("-RRB-") ? 1 : w.equals("(") || w.equals("-LRB-") ? -1 : 0;
                if (depth == 0 && isNominal(t.get(i))) {
                    return Optional.of(new Token[] {t.get(i), t.get(v)});
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isNominal(Token t) {
        return t.tag().startsWith("NN") || t.tag().startsWith("PRP");
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
        Optional<Token> subject = SlotReader.subject(s, reporting);
        if (subject.isPresent()) {
            return subject;
        }
        return s.dependencies().stream()
                .filter(d -> d.head() == reporting.index() && d.dependent() > reporting.index()
                        && INVERTED_SPEAKER.contains(d.relation()))
                .map(d -> s.tokens().get(d.dependent()))
                .filter(t -> s.mentionAt(t.index()).filter(m -> SlotReader.NAME_TYPES.contains(m.type())).isPresent())
                .findFirst();
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
}
