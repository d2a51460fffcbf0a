package org.crosscheck.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.align.ClaimComparison;
import org.crosscheck.claims.AttributionVerbs;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Token;
import org.crosscheck.language.WordNetLexicon;

/**
 * Measures the {@link VerifyFeature}s of one statement sentence from what the word, slot and
 * claim checks find between it and its source sentences.
 */
final class FeatureMeasure {

    /** Verbs that report a clause, as the claim reader knows them ("say", "reveal", "confirm"). */
    private static final Set<String> REPORTING = AttributionVerbs.reporting();
    /** The relations of a clause that carries the event, in the order they are looked at. */
    private static final List<String> CLAUSE_RELATIONS = List.of("ccomp", "xcomp", "parataxis", "conj");
    /** Relations by which a word modifies a noun: adjective, participle or clause, noun compound. */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "acl", "compound");
    /** Relations by which a verb's dependent tells what it acts on, kept in its predicate phrase. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("obj", "iobj", "obl", "xcomp", "compound");
    /** The most tokens of a predicate phrase (a long object clause says more than the event). */
    private static final int PHRASE_TOKENS = 8;

    private final VerifySettings settings;
    private final WordNetLexicon wordNet;
    private final WordCheck words;
    private final SlotCheck slots;
    private final ClaimComparison comparison;
    private final ContentWords stemmer;
    private final Function<List<String>, List<float[]>> embedder;

    /** {@code embedder} gives the MiniLM vector of each text (here single words). */
    FeatureMeasure(VerifySettings settings, WordNetLexicon wordNet, WordCheck words, SlotCheck slots,
                   ClaimComparison comparison, ContentWords stemmer, Function<List<String>, List<float[]>> embedder) {
        this.embedder = embedder;
        this.settings = settings;
        this.wordNet = wordNet;
        this.words = words;
        this.slots = slots;
        this.comparison = comparison;
        this.stemmer = stemmer;
    }

    /**
     * The features of {@code sentence}: {@code ranked} are all source sentences, most similar
     * first; {@code evidence} those it is judged against (its closest and best by BM25 that share
     * something with it); {@code sourcesName} tells whether the evidence names one of its names.
     */
    VerifyFeatures measure(AnnotatedSentence sentence, Claim claim, List<Candidate> ranked, List<Candidate> evidence,
                           SourceWords allWords, Predicate<NamedMention> sourcesName) {
        double[] v = new double[VerifyFeature.values().length];
        SourceWords evidenceWords = new SourceWords(evidence.stream().map(Candidate::sentence).toList(), stemmer, wordNet);
        WordCheck.Unstated unstated = words.unstated(sentence, evidenceWords, allWords, sourcesName);
        int facts = 0;
        int content = 0;
        int exact = 0;
        int related = 0;
        int unstatedAnywhere = 0;
        for (Token t : sentence.tokens()) {
            WordClass kind = words.classOf(sentence, t);
            if (kind == WordClass.NAME || kind == WordClass.NUMBER || kind == WordClass.DATE) {
                facts++;
            } else if (kind == WordClass.CONTENT) {
                content++;
                PartOfSpeech pos = WordClass.partOfSpeech(t).orElseThrow();
                if (evidenceWords.hasWord(t)) {
                    exact++;
                } else if (evidenceWords.hasRelatedWord(t, pos)) {
                    related++;
                }
                if (!allWords.hasWord(t) && !allWords.hasRelatedWord(t, pos)) {
                    unstatedAnywhere++;
                }
            }
        }
        List<Candidate> top = ranked.subList(0, Math.min(settings.candidates(), ranked.size()));
        List<Candidate> close = top.stream().filter(c -> c.similarity() >= settings.polaritySimilarity()).toList();
        set(v, VerifyFeature.BEST_COSINE, ranked.isEmpty() ? 0 : ranked.get(0).similarity());
        set(v, VerifyFeature.TOP3_COSINE, ranked.stream().limit(3).mapToDouble(Candidate::similarity).average().orElse(0));
        set(v, VerifyFeature.FACTS_UNSTATED_SHARE, share(unstated.facts().size(), facts));
        set(v, VerifyFeature.FACTS_UNSTATED, unstated.facts().size());
        set(v, VerifyFeature.WORDS_UNSTATED_SHARE, share(unstated.words().size(), content));
        set(v, VerifyFeature.WORDS_UNSTATED, unstated.words().size());
        set(v, VerifyFeature.WORDS_UNSTATED_ANYWHERE_SHARE, share(unstatedAnywhere, content));
        set(v, VerifyFeature.WORDS_STATED_SHARE, content == 0 ? 1 : share(exact + related, content));
        set(v, VerifyFeature.WORDS_RELATED_SHARE, share(related, content));
        Set<String> ownLemmas = new HashSet<>();
        sentence.tokens().forEach(t -> ownLemmas.add(t.lemma().toLowerCase(Locale.ROOT)));
        // what the whole evidence does not report, its words that tell of other nouns do not either
        Optional<Token> unreported = event(sentence).filter(t -> !reports(evidenceWords, t)
                || !reports(new SourceWords(evidence.stream().map(Candidate::sentence).toList(), stemmer, wordNet,
                        (s, o) -> !modifiesOther(s, o, ownLemmas)), t));
        set(v, VerifyFeature.EVENT_UNSTATED, unreported.isPresent() ? 1 : 0);
        set(v, VerifyFeature.EVENT_NEIGHBOUR, unreported.map(t -> Math.max(neighbours(List.of(t.text()), evidence,
                (s, o) -> !isVerb(t) || isVerb(o) && !modifiesOther(s, o, ownLemmas))[0],
                phraseNeighbour(sentence, t, evidence, ownLemmas))).orElse(1.0));
        set(v, VerifyFeature.NO_SHARED_ANCHOR, ranked.isEmpty() || !sharesAnchor(sentence, ranked.get(0).sentence()) ? 1 : 0);
        set(v, VerifyFeature.SLOT_CONFLICT, flag(claim != null && top.stream().anyMatch(c -> c.claim() != null
                && c.similarity() >= comparison.conflictSimilarity() && !comparison.contradictions(claim, c.claim()).isEmpty())));
        set(v, VerifyFeature.DENIES_AFFIRMED, flag(close.stream().anyMatch(c -> words.flippedPredicate(sentence, c.sentence())
                .filter(d -> top.stream().noneMatch(o -> words.alsoDenies(o.sentence(), d))).isPresent())));
        set(v, VerifyFeature.ADDED_DENIAL, flag(words.addedDenial(sentence, top.stream().map(Candidate::sentence).toList()).isPresent()));
        set(v, VerifyFeature.AFFIRMS_DENIED, flag(!close.isEmpty() && words.flippedPredicate(close.get(0).sentence(), sentence).isPresent()));
        set(v, VerifyFeature.ANTONYM, flag(close.stream().anyMatch(c -> words.antonym(sentence, c.sentence()).isPresent())));
        set(v, VerifyFeature.SLOT_SWAP, flag(slots.swappedInAny(sentence, close.stream().map(Candidate::sentence).toList(),
                ranked.stream().map(Candidate::sentence).toList()).isPresent()));
        set(v, VerifyFeature.SUBSTITUTION, flag(!close.isEmpty()
                && words.substitution(sentence, close.get(0).sentence(), unstated).isPresent()));
        set(v, VerifyFeature.NEGATIONS, sentence.tokens().stream().filter(this::denies).count());
        set(v, VerifyFeature.AGREEING_SOURCES, ranked.stream().filter(c -> c.similarity() >= settings.supportSimilarity()
                && sharesAnchor(sentence, c.sentence())).map(Candidate::articleId).distinct().count());
        set(v, VerifyFeature.LENGTH, Math.log1p(content + facts));
        double[] neighbours = neighbours(unstated.words(), evidence, (s, o) -> true);
        set(v, VerifyFeature.UNSTATED_NEIGHBOUR_MIN, java.util.Arrays.stream(neighbours).min().orElse(1));
        set(v, VerifyFeature.UNSTATED_NEIGHBOUR_MEAN, java.util.Arrays.stream(neighbours).average().orElse(1));
        return new VerifyFeatures(v);
    }

    /**
     * For each unstated word, the MiniLM cosine of its nearest content word of the evidence that
     * {@code usable} accepts ("smartphones" is near "phones" though WordNet does not relate them).
     */
    private double[] neighbours(List<String> unstated, List<Candidate> evidence,
                                java.util.function.BiPredicate<AnnotatedSentence, Token> usable) {
        Set<String> candidates = new java.util.LinkedHashSet<>();
        for (Candidate c : evidence) {
            for (Token t : c.sentence().tokens()) {
                if (words.classOf(c.sentence(), t) != WordClass.NONE && usable.test(c.sentence(), t)) {
                    candidates.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (unstated.isEmpty() || candidates.isEmpty()) {
            return unstated.isEmpty() ? new double[0] : new double[unstated.size()];
        }
        List<String> texts = new java.util.ArrayList<>();
        unstated.forEach(w -> texts.add(w.toLowerCase(Locale.ROOT)));
        texts.addAll(candidates);
        List<float[]> vectors = embedder.apply(texts);
        double[] out = new double[unstated.size()];
        for (int i = 0; i < unstated.size(); i++) {
            double best = 0;
            for (int j = unstated.size(); j < vectors.size(); j++) {
                best = Math.max(best, SentenceEmbedder.cosine(vectors.get(i), vectors.get(j)));
            }
            out[i] = best;
        }
        return out;
    }

    /**
     * MiniLM cosine of the event word's predicate phrase (the word and what it acts on: its
     * objects, obliques and complements) to the nearest such phrase of an evidence verb: "splattered
     * gallons of paint on the road" is near "dumped gallons of paint in front of the embassy",
     * though "splattered" alone is far from "dumped". 0 when the event word acts on nothing or the
     * evidence has no usable verb.
     */
    private double phraseNeighbour(AnnotatedSentence sentence, Token event, List<Candidate> evidence, Set<String> ownLemmas) {
        String own = predicatePhrase(sentence, event);
        if (!isVerb(event) || own.equals(event.text())) {
            return 0;
        }
        Set<String> phrases = new java.util.LinkedHashSet<>();
        for (Candidate c : evidence) {
            for (Token t : c.sentence().tokens()) {
                if (isVerb(t) && words.classOf(c.sentence(), t) == WordClass.CONTENT && !modifiesOther(c.sentence(), t, ownLemmas)) {
                    phrases.add(predicatePhrase(c.sentence(), t));
                }
            }
        }
        if (phrases.isEmpty()) {
            return 0;
        }
        List<String> texts = new java.util.ArrayList<>();
        texts.add(own);
        texts.addAll(phrases);
        List<float[]> vectors = embedder.apply(texts);
        double best = 0;
        for (int i = 1; i < vectors.size(); i++) {
            best = Math.max(best, SentenceEmbedder.cosine(vectors.get(0), vectors.get(i)));
        }
        return best;
    }

    /** The verb and the words of what it acts on (objects, obliques, complements, particles), in sentence order. */
    private static String predicatePhrase(AnnotatedSentence sentence, Token verb) {
        java.util.TreeSet<Integer> kept = new java.util.TreeSet<>();
        kept.add(verb.index());
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (org.crosscheck.language.Dependency d : sentence.dependencies()) {
            if (d.head() == verb.index() && PHRASE_RELATIONS.contains(d.baseRelation())) {
                open.add(d.dependent());
            }
        }
        while (!open.isEmpty() && kept.size() < PHRASE_TOKENS) {
            int next = open.poll();
            if (kept.add(next)) {
                for (org.crosscheck.language.Dependency d : sentence.dependencies()) {
                    if (d.head() == next) {
                        open.add(d.dependent());
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i : kept) {
            Token t = sentence.tokens().get(i);
            if (!t.isPunctuation()) {
                out.append(out.isEmpty() ? "" : " ").append(t.text());
            }
        }
        return out.toString();
    }

    /**
     * The word that names what the sentence reports: its dependency root when that is a content
     * word, else the first content word of a clause under it ("resigned" in "She said the mayor
     * resigned").
     */
    Optional<Token> event(AnnotatedSentence sentence) {
        Optional<Token> root = sentence.root();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (words.classOf(sentence, root.get()) == WordClass.CONTENT) {
            return reportedClause(sentence, root.get()).or(() -> root);
        }
        for (String relation : CLAUSE_RELATIONS) {
            for (Token child : sentence.children(root.get().index(), relation)) {
                if (words.classOf(sentence, child) == WordClass.CONTENT) {
                    return Optional.of(child);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The event of the clause a reporting verb introduces ("transferred" in "a report revealed
     * that the exchange transferred the funds"): who said so is the attribution, the clause is
     * what is checked, as the claim reader takes it.
     */
    private Optional<Token> reportedClause(AnnotatedSentence sentence, Token root) {
        if (!isVerb(root) || !REPORTING.contains(root.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return sentence.children(root.index(), "ccomp").stream()
                .filter(c -> words.classOf(sentence, c) == WordClass.CONTENT).findFirst();
    }

    /**
     * The source word modifies a noun the statement does not use ("falling" in "the falling
     * tide"): it tells of that noun, so it cannot report the statement's event ("the ferry sank").
     */
    private static boolean modifiesOther(AnnotatedSentence source, Token t, Set<String> ownLemmas) {
        return source.arcOf(t.index()).filter(d -> MODIFIER_RELATIONS.contains(d.baseRelation()))
                .filter(d -> !ownLemmas.contains(source.tokens().get(d.head()).lemma().toLowerCase(Locale.ROOT))).isPresent();
    }

    private static boolean reports(SourceWords words, Token event) {
        return words.hasWord(event) || words.hasRelatedWord(event, WordClass.partOfSpeech(event).orElseThrow());
    }

    private static boolean isVerb(Token t) {
        return WordClass.partOfSpeech(t).filter(p -> p == PartOfSpeech.VERB).isPresent();
    }

    /** The two sentences share a name, number, date or content word (by lemma): the source may bear on the statement. */
    boolean sharesAnchor(AnnotatedSentence sentence, AnnotatedSentence source) {
        Set<String> lemmas = new HashSet<>();
        source.tokens().forEach(t -> lemmas.add(t.lemma().toLowerCase(Locale.ROOT)));
        return sentence.tokens().stream().anyMatch(t -> words.classOf(sentence, t) != WordClass.NONE
                && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    private boolean denies(Token t) {
        return settings.negationWords().contains(t.lemma().toLowerCase(Locale.ROOT))
                || settings.negationWords().contains(t.text().toLowerCase(Locale.ROOT));
    }

    private static void set(double[] v, VerifyFeature f, double value) {
        v[f.ordinal()] = value;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
