package org.crosscheck.verify;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Token;
import org.crosscheck.language.WordNetLexicon;

/**
 * Word-level checks of one statement sentence against the sources: which of its names, numbers,
 * dates and content words no source states, which of its words is the antonym of a word of a
 * close source sentence, and how many denying words it has.
 */
final class WordCheck {

    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final VerifySettings settings;
    private final WordNetLexicon wordNet;

    WordCheck(VerifySettings settings, WordNetLexicon wordNet) {
        this.settings = settings;
        this.wordNet = wordNet;
    }

    /** The words of a statement sentence that no source states. */
    record Unstated(List<String> facts, List<String> words) {

        Unstated {
            facts = List.copyOf(facts);
            words = List.copyOf(words);
        }
    }

    /**
     * Names, numbers and dates ({@code facts}) and content words that the source sentences
     * ({@code sources}) do not state in any form; a date counts only when no sentence of any
     * source ({@code allSources}) states it, as articles give a date once and refer back to it;
     * a content word counts only when no source word is its WordNet synonym or a sense one step
     * broader or narrower.
     */
    Unstated unstated(AnnotatedSentence sentence, SourceWords sources, SourceWords allSources,
                      Predicate<NamedMention> sourcesName) {
        Set<String> facts = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        Set<Integer> stated = new HashSet<>();
        for (NamedMention m : sentence.mentions()) {
            // a number or date is stated by value, not as a place ("45 million" and "4.5 million"
            // both look up WordNet's "million")
            boolean nameLike = !m.type().isNumeric() && !m.type().isTemporal();
            if (sourcesName.test(m) || nameLike && sources.hasPlace(m.text())) {
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    stated.add(i);
                }
            }
        }
        for (Token t : sentence.tokens()) {
            if (stated.contains(t.index())) {
                continue;
            }
            WordClass kind = classOf(sentence, t);
            switch (kind) {
                case NAME -> {
                    if (!sources.hasWord(t) && !sources.hasPlace(t.text())) {
                        facts.add(t.text());
                    }
                }
                case DATE -> {
                    if (!allSources.hasWord(t)) {
                        facts.add(t.text());
                    }
                }
                case NUMBER -> {
                    if (!sources.hasNumber(t)) {
                        facts.add(t.text());
                    }
                }
                case CONTENT -> {
                    PartOfSpeech pos = WordClass.partOfSpeech(t).orElseThrow();
                    if (!sources.hasWord(t) && !sources.hasRelatedWord(t, pos)) {
                        words.add(t.text());
                    }
                }
                case NONE -> {
                }
            }
        }
        return new Unstated(List.copyOf(facts), List.copyOf(words));
    }

    /** A pair of opposite words: {@code own} in the statement sentence, {@code source} in a source sentence. */
    record Antonym(Token own, Token source, PartOfSpeech pos) {
    }

    /**
     * A content word of the statement sentence that the source sentence does not use but whose
     * WordNet antonym it does ("rose" against "fell"), or whose negated form ("uncontrolled"
     * against "controlled", and the other way round), or a verb against a noun that names the
     * opposite event of the same participant ("Rovers lost" against "the win lifts Rovers").
     */
    Optional<Antonym> antonym(AnnotatedSentence sentence, AnnotatedSentence source) {
        Set<String> sourceLemmas = new LinkedHashSet<>();
        source.tokens().forEach(t -> sourceLemmas.add(t.lemma().toLowerCase(Locale.ROOT)));
        for (Token own : sentence.tokens()) {
            Optional<PartOfSpeech> pos = WordClass.partOfSpeech(own);
            if (pos.isEmpty() || classOf(sentence, own) != WordClass.CONTENT
                    || sourceLemmas.contains(own.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Token other : source.tokens()) {
                Optional<PartOfSpeech> otherPos = WordClass.partOfSpeech(other);
                if (otherPos.isEmpty() || isAuxiliary(source, other)) {
                    continue;
                }
                if (otherPos.equals(pos) && (wordNet.areAntonyms(own.lemma(), other.lemma(), pos.get())
                        || NegatedForm.of(own.lemma(), other.lemma(), pos.get()) || NegatedForm.of(other.lemma(), own.lemma(), pos.get()))
                        || pos.get() == PartOfSpeech.VERB && otherPos.get() == PartOfSpeech.NOUN
                        && wordNet.namesOppositeEvent(other.lemma(), own.lemma()) && sameParticipant(sentence, own, source, other)) {
                    return Optional.of(new Antonym(own, other, pos.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static final Set<String> PARTICIPANT_RELATIONS = Set.of("nsubj", "obj", "iobj", "obl", "nmod", "compound");

    /**
     * The statement's verb and the source's noun are told of one participant: a word of the
     * verb's subject or object is a word of the noun's own dependents or of those of the clause
     * the noun is subject or object of ("Rovers lost" and "the win lifts Rovers").
     */
    private static boolean sameParticipant(AnnotatedSentence sentence, Token verb, AnnotatedSentence source, Token noun) {
        Set<String> own = new HashSet<>();
        for (String relation : List.of("nsubj", "obj")) {
            for (Token t : sentence.children(verb.index(), relation)) {
                own.add(t.lemma().toLowerCase(Locale.ROOT));
                sentence.children(t.index(), "compound").forEach(c -> own.add(c.lemma().toLowerCase(Locale.ROOT)));
            }
        }
        if (own.isEmpty()) {
            return false;
        }
        // the noun's own dependents, and when it is a subject or object, its clause's participants
        int clause = source.arcOf(noun.index()).filter(d -> d.baseRelation().equals("nsubj") || d.relation().equals("obj"))
                .map(d -> d.head()).orElse(-2);
        return source.dependencies().stream()
                .filter(d -> d.head() == noun.index()
                        || d.head() == clause && d.dependent() != noun.index() && PARTICIPANT_RELATIONS.contains(d.baseRelation()))
                .anyMatch(d -> own.contains(source.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * A word of the statement sentence put in place of a different word of the same kind in the
     * source sentence: neither sentence uses the other's word, they share no WordNet sense, and
     * they are the nearest kind of the same thing ("pink" for "yellow", "Canadian" for
     * "American", "Friday" for "Thursday"). Only a noun or adjective that no source states at all
     * ({@code unstated}) and that stands in the same grammatical relation as the source's word.
     */
    Optional<Antonym> substitution(AnnotatedSentence sentence, AnnotatedSentence source, Unstated unstated) {
        Set<String> ownLemmas = lemmas(sentence);
        Set<String> sourceLemmas = lemmas(source);
        for (Token own : sentence.tokens()) {
            Optional<PartOfSpeech> pos = WordClass.partOfSpeech(own);
            if (pos.isEmpty() || pos.get() == PartOfSpeech.VERB || pos.get() == PartOfSpeech.ADVERB
                    || (!unstated.facts().contains(own.text()) && !unstated.words().contains(own.text()))
                    || sourceLemmas.contains(own.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String role = relation(sentence, own);
            Set<Long> ownSenses = wordNet.senseIds(own.lemma(), pos.get());
            Set<Long> ownKinds = broader(own, pos.get());
            if (ownKinds.isEmpty()) {
                continue;
            }
            for (Token other : source.tokens()) {
                if (!WordClass.partOfSpeech(other).equals(pos) || ownLemmas.contains(other.lemma().toLowerCase(Locale.ROOT))
                        || classOf(source, other) == WordClass.NONE || !role.equals(relation(source, other))) {
                    continue;
                }
                Set<Long> otherSenses = wordNet.senseIds(other.lemma(), pos.get());
                Set<Long> otherKinds = broader(other, pos.get());
                if (!otherSenses.isEmpty() && disjoint(ownSenses, otherSenses) && !disjoint(ownKinds, otherKinds)
                        && disjoint(ownSenses, otherKinds) && disjoint(otherSenses, ownKinds)) {
                    return Optional.of(new Antonym(own, other, pos.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A verb that only helps another ("had" in "had been abandoned", "is" in "is low"), or a
     * light verb, whose WordNet antonyms hold of rare senses only ("have" as "accept" against
     * "decline").
     */
    private static boolean isAuxiliary(AnnotatedSentence sentence, Token t) {
        String relation = relation(sentence, t);
        return relation.startsWith("aux") || relation.equals("cop") || LIGHT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get");

    /** The token's dependency relation to its head ("amod", "nsubj"), or "" when it has none. */
    private static String relation(AnnotatedSentence sentence, Token t) {
        return sentence.arcOf(t.index()).map(d -> d.relation()).orElse("");
    }

    /** The senses one step broader than the token's, its own senses left out. */
    private Set<Long> broader(Token t, PartOfSpeech pos) {
        Set<Long> out = new HashSet<>(wordNet.broaderIds(t.lemma(), pos, 1));
        out.removeAll(wordNet.senseIds(t.lemma(), pos));
        return out;
    }

    private static boolean disjoint(Set<Long> a, Set<Long> b) {
        return java.util.Collections.disjoint(a, b);
    }

    private static Set<String> lemmas(AnnotatedSentence sentence) {
        Set<String> out = new HashSet<>();
        sentence.tokens().forEach(t -> out.add(t.lemma().toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * A word that {@code denier} negates ("did not accept") and {@code affirmer}, which denies
     * nothing, states ("accepted"): the same lemma, or a WordNet synonym for verbs. Empty when the
     * denying words of {@code denier} negate nothing {@code affirmer} says, or when both deny
     * something ("found no evidence" and "have not found any evidence").
     */
    Optional<Token> flippedPredicate(AnnotatedSentence denier, AnnotatedSentence affirmer) {
        if (!negatedHeads(affirmer).isEmpty()) {
            return Optional.empty();
        }
        for (int head : negatedHeads(denier)) {
            Token h = denier.tokens().get(head);
            Optional<PartOfSpeech> pos = WordClass.partOfSpeech(h);
            if (pos.isEmpty() || settings.functionWords().contains(h.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Token t : affirmer.tokens()) {
                if (WordClass.partOfSpeech(t).equals(pos) && !settings.functionWords().contains(t.lemma().toLowerCase(Locale.ROOT))
                        && (t.lemma().equalsIgnoreCase(h.lemma())
                        || (pos.get() == PartOfSpeech.VERB && wordNet.areSynonyms(t.lemma(), h.lemma(), pos.get())))) {
                    return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The source sentence denies something and uses the word the statement denies: "have not
     * found any evidence" beside "found no evidence", which another source sentence ("were
     * unable to find evidence") seems to affirm.
     */
    boolean alsoDenies(AnnotatedSentence source, Token denied) {
        return !negatedHeads(source).isEmpty()
                && source.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase(denied.lemma()));
    }

    /**
     * A denying word of the statement sentence ("not" in "were not affected") that negates a
     * content word, when none of the source sentences ({@code sources}, the closest) denies
     * anything: a denial added to what the sources state.
     */
    Optional<Token> addedDenial(AnnotatedSentence sentence, List<AnnotatedSentence> sources) {
        if (sources.isEmpty() || sources.stream().anyMatch(s -> !negatedHeads(s).isEmpty())) {
            return Optional.empty();
        }
        for (int head : negatedHeads(sentence)) {
            Token h = sentence.tokens().get(head);
            if (WordClass.partOfSpeech(h).isPresent() && !settings.functionWords().contains(h.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Indices of the tokens a denying word depends on ("accept" in "did not accept"). */
    private Set<Integer> negatedHeads(AnnotatedSentence sentence) {
        Set<Integer> out = new java.util.LinkedHashSet<>();
        for (Token t : sentence.tokens()) {
            if (settings.negationWords().contains(t.lemma().toLowerCase(Locale.ROOT))
                    || settings.negationWords().contains(t.text().toLowerCase(Locale.ROOT))) {
                sentence.arcOf(t.index()).filter(d -> d.head() >= 0).ifPresent(d -> out.add(d.head()));
            }
        }
        return out;
    }

    /**
     * Whether a source could state or deny anything of the sentence: it has a name, number or
     * date, or a noun, verb or adjective of at least two letters that is no auxiliary or light
     * verb. Adverbs and pronouns alone ("They did it again.") leave nothing to check.
     */
    boolean checkable(AnnotatedSentence sentence) {
        for (Token t : sentence.tokens()) {
            switch (classOf(sentence, t)) {
                case NAME, NUMBER, DATE -> {
                    return true;
                }
                case CONTENT -> {
                    boolean kind = WordClass.partOfSpeech(t).filter(p -> p != PartOfSpeech.ADVERB).isPresent();
                    if (kind && letters(t.text()) >= 2 && !isAuxiliary(sentence, t)) {
                        return true;
                    }
                }
                case NONE -> {
                }
            }
        }
        return false;
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetter).count();
    }

    WordClass classOf(AnnotatedSentence sentence, Token t) {
        return WordClass.of(t, isSentenceStart(sentence, t), settings.functionWords(), STOP_WORDS);
    }

    /** The first word of the sentence, after any opening quotes or brackets. */
    private static boolean isSentenceStart(AnnotatedSentence sentence, Token t) {
        for (Token x : sentence.tokens()) {
            if (!x.isPunctuation()) {
                return x.index() == t.index();
            }
        }
        return false;
    }
}
