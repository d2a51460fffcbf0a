package org.crosscheck.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.align.AlignmentSettings;
import org.crosscheck.align.ClaimComparison;
import org.crosscheck.align.ConflictKind;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtraction;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Lexicon.PartOfSpeech;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.SentenceSplitter;
import org.crosscheck.language.Token;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;

/**
 * Judges each sentence of a statement against source articles: among many, against those that
 * BM25 finds best for it ({@link SourceShortlist}; CoreNLP and MiniLM read only these). The statement is annotated with
 * the sources, so that its names resolve to the sources' entities ("Merkel" is "Angela Merkel")
 * and its relative dates to the newest source's publication date. For each statement sentence
 * the most similar source sentences (MiniLM) are compared with it:
 * <ul>
 * <li>conflicting: the aligner's slot comparison finds a different date, number, person, place,
 * organisation, action or polarity; or it denies ("not", "never") a word that a close source
 * sentence affirms (and no close source sentence denies too), denies something where no close
 * source sentence denies anything, or affirms one the closest source sentence denies; or it
 * uses the WordNet antonym or the negated form ("uncontrolled") of a word of a close source
 * sentence; or it puts a name, number or date where the closest source sentence has another one
 * in the same grammatical slot ("Melbourne" for "Sydney" in "a Sydney cliff"), or a word for its
 * nearest kind ("red" for "blue");</li>
 * <li>unsupported: otherwise, when it has a name or number that its most similar source
 * sentences do not state, a date no source states, or several content words that those source
 * sentences neither state nor relate to through WordNet;</li>
 * <li>supported: otherwise, with the close source sentences as evidence.</li>
 * </ul>
 * A sentence with nothing checkable (no name, number, date, and no noun, verb or adjective of two
 * letters or more other than "be", "have", "do" or "get": "x", "!!!", "They did it again.") is
 * unsupported whatever the sources say.
 */
public final class StatementVerifier {

    private final ClaimExtractor extractor;
    private final SentenceEmbedder embedder;
    private final WordNetLexicon wordNet;
    private final ClaimComparison comparison;
    private final VerifySettings settings;
    private final WordCheck words;
    private final SlotCheck slots;
    private final ContentWords stemmer = ContentWords.english();
    private final SourceShortlist shortlist = new SourceShortlist(new SentenceSplitter());
    /**
     * Vectors of the sentences embedded last, by text: many statements are verified against the
     * same sources, and each source sentence need be embedded once.
     */
    private final Map<String, float[]> recentVectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT_VECTORS;
        }
    };
    private static final int RECENT_VECTORS = 8192;

    private final VerifyModel model;
    private final FeatureMeasure measure;

    /** A verifier deciding with the model shipped in the jar. */
    public StatementVerifier(ClaimExtractor extractor, SentenceEmbedder embedder, WordNetLexicon wordNet,
                             VerifySettings settings, AlignmentSettings alignment) {
        this(extractor, embedder, wordNet, settings, alignment, VerifyModel.shipped());
    }

    /**
     * A verifier deciding with the given model, or with the rules alone when {@code model} is null
     * (the rule-based verifier the model replaced: the benchmark's baseline).
     */
    public StatementVerifier(ClaimExtractor extractor, SentenceEmbedder embedder, WordNetLexicon wordNet,
                             VerifySettings settings, AlignmentSettings alignment, VerifyModel model) {
        this.model = model;
        this.extractor = extractor;
        this.embedder = embedder;
        this.wordNet = wordNet;
        this.comparison = new ClaimComparison(wordNet, alignment);
        this.settings = settings;
        this.words = new WordCheck(settings, wordNet);
        this.slots = new SlotCheck(words, stemmer);
        this.measure = new FeatureMeasure(settings, wordNet, words, slots, comparison, stemmer, this::embedTexts);
    }

    /** One source sentence with its article, claim (when it is a claim sentence) and vector. */
    private record SourceSentence(int order, Article article, AnnotatedSentence sentence, Claim claim, float[] vector) {
    }

    /** A source sentence and its cosine to the statement sentence. */
    private record Ranked(SourceSentence source, double similarity) {
    }

    /**
     * Reads {@code sources} ahead of any statement: annotates their sentences as a check against
     * them would, so that the check finds them in the annotator's cache of recent sentences
     * instead of waiting about a second per article.
     */
    public void read(List<Article> sources) {
        if (!sources.isEmpty()) {
            extractor.extract(sources, Set.of());
        }
    }

    /** The verdict on a statement and on each of its sentences. */
    public VerifyResult verify(VerifyJob job) {
        Article statement = statementArticle(job);
        List<Article> read = sourcesReadClosely(job);
        List<Article> all = new ArrayList<>(read);
        all.add(statement);
        ClaimExtraction extraction = extractor.extract(all, Set.of(statement.id()));
        Map<String, Claim> claimAt = new HashMap<>();
        for (Claim c : extraction.claims().claims()) {
            claimAt.put(c.articleId() + "@" + c.start(), c);
        }
        List<AnnotatedSentence> own = extraction.sentences().getOrDefault(statement.id(), List.of());
        List<AnnotatedSentence> sourceSentences = new ArrayList<>();
        List<Article> sentenceArticle = new ArrayList<>();
        for (Article source : read) {
            for (AnnotatedSentence s : extraction.sentences().getOrDefault(source.id(), List.of())) {
                sourceSentences.add(s);
                sentenceArticle.add(source);
            }
        }
        List<float[]> vectors = embed(own, sourceSentences);
        List<SourceSentence> sources = new ArrayList<>();
        for (int i = 0; i < sourceSentences.size(); i++) {
            AnnotatedSentence s = sourceSentences.get(i);
            Article a = sentenceArticle.get(i);
            sources.add(new SourceSentence(i, a, s, claimAt.get(a.id() + "@" + s.start()), vectors.get(own.size() + i)));
        }
        Map<Integer, String> canonicalAt = canonicalNames(extraction, statement);
        SourceWords allWords = new SourceWords(sourceSentences, stemmer, wordNet);
        SourceIndex index = new SourceIndex(sourceSentences.stream().map(AnnotatedSentence::text).toList());
        List<SentenceVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            AnnotatedSentence s = own.get(i);
            verdicts.add(judge(s, claimAt.get(statement.id() + "@" + s.start()), vectors.get(i), sources, allWords,
                    canonicalAt, index));
        }
        return new VerifyResult(job.id(), Verdict.of(verdicts.stream().map(SentenceVerdict::verdict).toList()), verdicts);
    }

    /**
     * The sources the statement is judged against: the best by BM25 for it and for each of its
     * sentences ({@link SourceShortlist}), all of them when they are few.
     */
    List<Article> sourcesReadClosely(VerifyJob job) {
        return shortlist.select(job.statement(), job.sources(), settings.sourceArticles());
    }

    private SentenceVerdict judge(AnnotatedSentence sentence, Claim claim, float[] vector, List<SourceSentence> sources,
                                  SourceWords allWords, Map<Integer, String> canonicalAt, SourceIndex index) {
        SentenceVerdict judged = judgeCheckable(sentence, claim, vector, sources, allWords, canonicalAt, index);
        if (words.checkable(sentence)) {
            return judged;
        }
        // "x", "!!!", "They did it again.": nothing a source could state or deny, so nothing supports it
        return new SentenceVerdict(judged.text(), Verdict.UNSUPPORTED, List.of(), judged.unstatedFacts(),
                judged.unstatedWords(), 0, NOT_CHECKABLE, judged.features());
    }

    /** The reason given for a sentence with nothing to check. */
    static final String NOT_CHECKABLE = "nothing in it can be checked: no name, number, date or content word";

    private SentenceVerdict judgeCheckable(AnnotatedSentence sentence, Claim claim, float[] vector, List<SourceSentence> sources,
                                           SourceWords allWords, Map<Integer, String> canonicalAt, SourceIndex index) {
        SentenceVerdict byRules = judgeByRules(sentence, claim, vector, sources, allWords, canonicalAt);
        List<Ranked> all = closest(vector, sources, sources.size());
        List<Ranked> evidence = evidenceSentences(sentence, all, index);
        Set<String> namedThere = new java.util.HashSet<>();
        evidence.stream().map(r -> r.source().claim()).filter(java.util.Objects::nonNull)
                .forEach(c -> c.entities().forEach(m -> namedThere.add(m.canonical())));
        VerifyFeatures features = measure.measure(sentence, claim, all.stream().map(StatementVerifier::candidate).toList(),
                evidence.stream().map(StatementVerifier::candidate).toList(), allWords,
                m -> namedThere.contains(canonicalAt.get(m.start())))
                .with(VerifyFeature.RULES_CONFLICTING, byRules.verdict() == Verdict.CONFLICTING ? 1 : 0)
                .with(VerifyFeature.RULES_UNSUPPORTED, byRules.verdict() == Verdict.UNSUPPORTED ? 1 : 0);
        if (model == null) {
            return new SentenceVerdict(byRules.text(), byRules.verdict(), byRules.evidence(), byRules.unstatedFacts(),
                    byRules.unstatedWords(), byRules.verdict() == Verdict.SUPPORTED ? 1 : 0, reason(byRules, null), features);
        }
        double score = model.score(features);
        List<Evidence> conflicts = byRules.verdict() == Verdict.CONFLICTING ? byRules.evidence() : List.of();
        Verdict verdict = model.supported(score) ? Verdict.SUPPORTED : conflicts.isEmpty() ? Verdict.UNSUPPORTED : Verdict.CONFLICTING;
        List<Evidence> shown = switch (verdict) {
            case CONFLICTING -> conflicts;
            case SUPPORTED -> supports(sentence, all);
            case UNSUPPORTED -> List.of();
        };
        SentenceVerdict out = new SentenceVerdict(sentence.text(), verdict, shown, byRules.unstatedFacts(),
                byRules.unstatedWords(), score, null, features);
        return new SentenceVerdict(out.text(), verdict, shown, out.unstatedFacts(), out.unstatedWords(), score,
                reason(out, measure.event(sentence).filter(t -> features.get(VerifyFeature.EVENT_UNSTATED) > 0).orElse(null)),
                features);
    }

    /**
     * The source sentences a statement sentence is judged against: its most similar by MiniLM
     * and its best by BM25, each only when it shares a name, number, date or content word with
     * it (a sentence that shares nothing with it is no evidence of it).
     */
    private List<Ranked> evidenceSentences(AnnotatedSentence sentence, List<Ranked> all, SourceIndex index) {
        int k = Math.max(settings.supportSentences(), settings.candidates());
        java.util.LinkedHashSet<Ranked> out = new java.util.LinkedHashSet<>(all.subList(0, Math.min(k, all.size())));
        Map<Integer, Ranked> byOrder = new HashMap<>();
        all.forEach(r -> byOrder.put(r.source().order(), r));
        for (int at : index.search(sentence.text(), settings.candidates())) {
            out.add(byOrder.get(at));
        }
        return out.stream().filter(r -> measure.sharesAnchor(sentence, r.source().sentence())).toList();
    }

    private static Candidate candidate(Ranked r) {
        return new Candidate(r.source().sentence(), r.source().claim(), r.source().article().id(), r.similarity());
    }

    /** Why a sentence got its verdict, in one phrase; {@code event} is its event word when no evidence reports it. */
    private static String reason(SentenceVerdict v, Token event) {
        return switch (v.verdict()) {
            case CONFLICTING -> v.evidence().stream().map(Evidence::detail).filter(java.util.Objects::nonNull).findFirst()
                    .orElse("a source sentence disagrees");
            case SUPPORTED -> "stated by " + v.evidence().size() + " source sentence" + (v.evidence().size() == 1 ? "" : "s");
            case UNSUPPORTED -> !v.unstatedFacts().isEmpty() ? "no source states " + String.join(", ", v.unstatedFacts())
                    : event != null ? "no source sentence reports \"" + event.text() + "\""
                    : !v.unstatedWords().isEmpty() ? "no source states " + String.join(", ", v.unstatedWords())
                    : String.format(java.util.Locale.ROOT, "the closest source sentences do not state it (score %.2f)", v.score());
        };
    }

    /** The source sentences listed as support: close ones sharing something with the sentence, else the closest. */
    private List<Evidence> supports(AnnotatedSentence sentence, List<Ranked> all) {
        List<Evidence> out = new ArrayList<>();
        for (Ranked r : all.subList(0, Math.min(settings.candidates(), all.size()))) {
            if (r.similarity() >= settings.supportSimilarity() && measure.sharesAnchor(sentence, r.source().sentence())) {
                out.add(evidence(r, Evidence.Relation.SUPPORTS, null, null));
            }
        }
        if (out.isEmpty() && !all.isEmpty()) {
            out.add(evidence(all.get(0), Evidence.Relation.SUPPORTS, null, null));
        }
        return out;
    }

    private SentenceVerdict judgeByRules(AnnotatedSentence sentence, Claim claim, float[] vector, List<SourceSentence> sources,
                                         SourceWords allWords, Map<Integer, String> canonicalAt) {
        List<Ranked> support = closest(vector, sources, settings.supportSentences() == 0 ? sources.size()
                : Math.max(settings.supportSentences(), settings.candidates()));
        List<Ranked> ranked = support.subList(0, Math.min(settings.candidates(), support.size()));
        if (settings.supportSentences() > 0) {
            support = support.subList(0, Math.min(settings.supportSentences(), support.size()));
        }
        List<AnnotatedSentence> supporting = support.stream().map(r -> r.source().sentence()).toList();
        Set<String> namedThere = new java.util.HashSet<>();
        support.stream().map(r -> r.source().claim()).filter(java.util.Objects::nonNull)
                .forEach(c -> c.entities().forEach(m -> namedThere.add(m.canonical())));
        Predicate<NamedMention> sourcesName = m -> namedThere.contains(canonicalAt.get(m.start()));
        WordCheck.Unstated unstated = words.unstated(sentence, new SourceWords(supporting, stemmer, wordNet), allWords, sourcesName);
        List<Evidence> conflicts = conflicts(sentence, claim, ranked, unstated,
                sources.stream().map(SourceSentence::sentence).toList());
        if (!conflicts.isEmpty()) {
            return new SentenceVerdict(sentence.text(), Verdict.CONFLICTING, conflicts, unstated.facts(), unstated.words());
        }
        if (!unstated.facts().isEmpty() || unstated.words().size() >= settings.maxUnsupportedWords()) {
            return new SentenceVerdict(sentence.text(), Verdict.UNSUPPORTED, List.of(), unstated.facts(), unstated.words());
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.similarity() >= settings.supportSimilarity()) {
                evidence.add(evidence(r, Evidence.Relation.SUPPORTS, null, null));
            }
        }
        if (evidence.isEmpty() && !ranked.isEmpty()) {
            evidence.add(evidence(ranked.get(0), Evidence.Relation.SUPPORTS, null, null));
        }
        return new SentenceVerdict(sentence.text(), Verdict.SUPPORTED, evidence, unstated.facts(), unstated.words());
    }

    /** What the close source sentences disagree with: slots, polarity, antonyms. */
    private List<Evidence> conflicts(AnnotatedSentence sentence, Claim claim, List<Ranked> ranked, WordCheck.Unstated unstated,
                                     List<AnnotatedSentence> coverage) {
        List<Evidence> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (claim != null && r.source().claim() != null && r.similarity() >= comparison.conflictSimilarity()) {
                for (ClaimComparison.Contradiction c : comparison.contradictions(claim, r.source().claim())) {
                    out.add(evidence(r, Evidence.Relation.CONFLICTS, c.kind(),
                            c.topic() + ": " + c.valueA() + " in the statement, " + c.valueB() + " in the source"));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        List<Ranked> close = ranked.stream().filter(r -> r.similarity() >= settings.polaritySimilarity()).toList();
        for (Ranked r : close) {
            Optional<Token> denied = words.flippedPredicate(sentence, r.source().sentence());
            if (denied.isPresent() && ranked.stream().noneMatch(o -> words.alsoDenies(o.source().sentence(), denied.get()))) {
                out.add(evidence(r, Evidence.Relation.CONFLICTS, ConflictKind.NEGATION,
                        "the statement denies \"" + denied.get().text() + "\", which the source affirms"));
                return out;
            }
        }
        Optional<Token> added = words.addedDenial(sentence, ranked.stream().map(r -> r.source().sentence()).toList());
        if (added.isPresent()) {
            out.add(evidence(ranked.get(0), Evidence.Relation.CONFLICTS, ConflictKind.NEGATION,
                    "the statement denies \"" + added.get().text() + "\"; no close source sentence denies anything"));
            return out;
        }
        if (!close.isEmpty()) {
            Optional<Token> affirmed = words.flippedPredicate(close.get(0).source().sentence(), sentence);
            if (affirmed.isPresent()) {
                out.add(evidence(close.get(0), Evidence.Relation.CONFLICTS, ConflictKind.NEGATION,
                        "the statement affirms \"" + affirmed.get().text() + "\", which the source denies"));
                return out;
            }
        }
        for (Ranked r : close) {
            Optional<WordCheck.Antonym> antonym = words.antonym(sentence, r.source().sentence());
            if (antonym.isPresent()) {
                WordCheck.Antonym a = antonym.get();
                out.add(evidence(r, Evidence.Relation.CONFLICTS,
                        a.pos() == PartOfSpeech.VERB ? ConflictKind.ACTION : ConflictKind.OTHER,
                        "\"" + a.own().text() + "\" in the statement, \"" + a.source().text() + "\" in the source"));
                return out;
            }
        }
        Optional<SlotCheck.SwapIn> swap = slots.swappedInAny(sentence,
                close.stream().map(r -> r.source().sentence()).toList(), coverage);
        if (swap.isPresent()) {
            SlotCheck.Swap w = swap.get().swap();
            out.add(evidence(close.get(swap.get().sentence()), Evidence.Relation.CONFLICTS, swapKind(w),
                    "\"" + w.own().text() + "\" in the statement, \"" + w.source().text() + "\" in the source"));
            return out;
        }
        if (!close.isEmpty()) {
            Optional<WordCheck.Antonym> substituted = words.substitution(sentence, close.get(0).source().sentence(), unstated);
            if (substituted.isPresent()) {
                WordCheck.Antonym a = substituted.get();
                out.add(evidence(close.get(0), Evidence.Relation.CONFLICTS, substitutionKind(a),
                        "\"" + a.own().text() + "\" in the statement, \"" + a.source().text() + "\" in the source"));
            }
        }
        return out;
    }

    private static ConflictKind substitutionKind(WordCheck.Antonym a) {
        return switch (a.own().ner()) {
            case DATE, TIME -> ConflictKind.DATE;
            case PERSON -> ConflictKind.PERSON;
            case LOCATION -> ConflictKind.PLACE;
            case ORGANIZATION -> ConflictKind.ORGANISATION;
            default -> a.pos() == PartOfSpeech.VERB ? ConflictKind.ACTION : ConflictKind.OTHER;
        };
    }

    private static ConflictKind swapKind(SlotCheck.Swap w) {
        return switch (w.kind()) {
            case NUMBER -> ConflictKind.NUMBER;
            case DATE -> ConflictKind.DATE;
            default -> switch (w.own().ner()) {
                case PERSON -> ConflictKind.PERSON;
                case LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE -> ConflictKind.PLACE;
                case ORGANIZATION -> ConflictKind.ORGANISATION;
                default -> ConflictKind.OTHER;
            };
        };
    }

    /** The canonical entity name of each name in the statement, by its offset: "Merkel" is "Angela Merkel". */
    private static Map<Integer, String> canonicalNames(ClaimExtraction extraction, Article statement) {
        Map<Integer, String> canonicalAt = new HashMap<>();
        for (Claim c : extraction.claims().claims()) {
            if (c.articleId().equals(statement.id())) {
                c.entities().forEach(m -> canonicalAt.put(m.start(), m.canonical()));
            }
        }
        return canonicalAt;
    }

    private static List<Ranked> closest(float[] vector, List<SourceSentence> sources, int count) {
        List<Ranked> ranked = new ArrayList<>();
        for (SourceSentence s : sources) {
            ranked.add(new Ranked(s, SentenceEmbedder.cosine(vector, s.vector())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::similarity).reversed());
        return List.copyOf(ranked.subList(0, Math.min(count, ranked.size())));
    }

    private static Evidence evidence(Ranked r, Evidence.Relation relation, ConflictKind kind, String detail) {
        AnnotatedSentence s = r.source().sentence();
        String text = r.source().article().text().substring(s.start(), s.end());
        return new Evidence(r.source().article().id(), text, s.start(), s.end(), relation, kind, detail, r.similarity());
    }

    /** Vectors of the statement's sentences, then of the sources' sentences. */
    private List<float[]> embed(List<AnnotatedSentence> own, List<AnnotatedSentence> sources) {
        List<String> texts = new ArrayList<>();
        own.forEach(s -> texts.add(s.text()));
        sources.forEach(s -> texts.add(s.text()));
        return embedTexts(texts);
    }

    /** Vectors of the texts, in order; each distinct text embedded once, recent ones taken from the cache. */
    private List<float[]> embedTexts(List<String> texts) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, float[]> known = new HashMap<>();
        synchronized (recentVectors) {
            for (String t : texts) {
                float[] v = recentVectors.get(t);
                if (v != null) {
                    known.put(t, v);
                } else {
                    index.putIfAbsent(t, index.size());
                }
            }
        }
        List<float[]> fresh = index.isEmpty() ? List.of() : embedder.embed(List.copyOf(index.keySet()));
        synchronized (recentVectors) {
            index.forEach((t, i) -> {
                known.put(t, fresh.get(i));
                recentVectors.put(t, fresh.get(i));
            });
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(known.get(t));
        }
        return out;
    }

    /**
     * The statement as an article of its own: an id no source has, and the newest source's
     * publication date, against which its relative dates ("on Friday") resolve.
     */
    private static Article statementArticle(VerifyJob job) {
        String id = "statement";
        Set<String> taken = new java.util.HashSet<>();
        job.sources().forEach(a -> taken.add(a.id()));
        while (taken.contains(id)) {
            id = "_" + id;
        }
        PartialDate newest = job.sources().stream().map(Article::published).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Article(id, "statement", null, null, null, newest, null, null, job.statement());
    }
}
