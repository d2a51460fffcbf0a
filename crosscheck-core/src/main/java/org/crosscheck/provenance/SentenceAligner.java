package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.extract.Article;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.LazyModel;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.SentenceSplitter;
import org.crosscheck.language.WordNetLexicon;

/**
 * Aligns the sentences of two articles: for each sentence of one text, the sentence of the other
 * that holds the largest share of its character n-grams. A sentence is reused when that share
 * reaches the copy threshold (copied, perhaps lightly edited), or, when it reaches only the lower
 * paraphrase floor, when the {@link RewriteJudge} finds the two sentences a rewrite of one
 * another with high probability (synonyms swapped in, words moved). The floor keeps the judge to
 * sentences that still share much of their wording: two outlets reporting the same event in
 * their own words write sentences the judge may call paraphrases, but those share far less text.
 * Embeddings are computed only for sentences that reach the judge, each once per prepared text,
 * and for the words each sentence of a judged pair has beyond the other.
 */
public final class SentenceAligner {

    private final ProvenanceSettings settings;
    private final SentenceSplitter splitter;
    private final Fingerprinter fingerprinter;
    private final RewriteFeatures features;
    private final RewriteJudge judge;
    private final LazyModel<SentenceEmbedder> embedder;

    public SentenceAligner(ProvenanceSettings settings, DedupSettings dedup, SentenceSplitter splitter) {
        this(settings, dedup, splitter, RewriteJudge.defaults());
    }

    /** With WordNet and the MiniLM embeddings, deciding rewrites with {@code judge}. */
    public SentenceAligner(ProvenanceSettings settings, DedupSettings dedup, SentenceSplitter splitter, RewriteJudge judge) {
        this(settings, dedup, splitter, new WordNetLexicon(), SentenceEmbedder::new, judge);
    }

    /**
     * @param embedder made on first need, so that texts that share nothing never load the model
     */
    public SentenceAligner(ProvenanceSettings settings, DedupSettings dedup, SentenceSplitter splitter, Lexicon lexicon,
                           Supplier<SentenceEmbedder> embedder, RewriteJudge judge) {
        this.settings = settings;
        this.fingerprinter = new Fingerprinter(dedup);
        this.splitter = splitter;
        this.features = new RewriteFeatures(lexicon);
        this.embedder = LazyModel.of(embedder);
        this.judge = judge;
    }

    /** How much of {@code first} and {@code second} the other reuses. */
    public SentenceAlignment align(Article first, Article second) {
        return align(prepare(first), prepare(second));
    }

    PreparedText prepare(Article article) {
        return PreparedText.of(article, splitter, fingerprinter, settings);
    }

    SentenceAlignment align(PreparedText a, PreparedText b) {
        Best[] ofA = bestMatches(a, b);
        Best[] ofB = bestMatches(b, a);
        judgeUncertain(a, b, ofA, ofB);
        List<SentenceMatch> matchesOfB = new ArrayList<>();
        Side sideA = side(a, b, ofA, null);
        Side sideB = side(b, a, ofB, matchesOfB);
        return new SentenceAlignment(a.article.id(), b.article.id(), sideA.share, sideB.share, sideA.reused, sideB.reused,
                sideA.copiedShare, sideB.copiedShare, sideA.copied, sideB.copied, matchesOfB);
    }

    /** A sentence's best match in the other text: its index and containment, and whether the judge found a rewrite. */
    private static final class Best {
        final int other;
        final double containment;
        boolean rewrite;

        Best(int other, double containment) {
            this.other = other;
            this.containment = containment;
        }
    }

    private record Side(double share, int reused, double copiedShare, int copied) {
    }

    /** For every sentence of {@code text} that shares any n-gram with {@code other}, its best sentence there. */
    private static Best[] bestMatches(PreparedText text, PreparedText other) {
        Map<Long, int[]> index = other.sentencesByGram();
        int[] counts = new int[other.sentences.size()];
        Best[] out = new Best[text.sentences.size()];
        for (int s = 0; s < out.length; s++) {
            long[] grams = text.grams[s];
            if (grams.length == 0) {
                continue;
            }
            Arrays.fill(counts, 0);
            for (long g : grams) {
                int[] hits = index.get(g);
                if (hits != null) {
                    for (int o : hits) {
                        counts[o]++;
                    }
                }
            }
            int best = -1;
            for (int o = 0; o < counts.length; o++) {
                if (counts[o] > 0 && (best < 0 || counts[o] > counts[best])) {
                    best = o;
                }
            }
            if (best >= 0) {
                out[s] = new Best(best, (double) counts[best] / grams.length);
            }
        }
        return out;
    }

    /**
     * Asks the judge about every best match between the paraphrase floor and the copy threshold,
     * each sentence pair once (the features are symmetric), embedding what it needs in one batch
     * per text.
     */
    private void judgeUncertain(PreparedText a, PreparedText b, Best[] ofA, Best[] ofB) {
        List<int[]> pairs = new ArrayList<>(); // [sentence of a, sentence of b]
        Map<Long, Boolean> verdicts = new HashMap<>();
        for (int s = 0; s < ofA.length; s++) {
            if (uncertain(ofA[s]) && verdicts.putIfAbsent(key(s, ofA[s].other), Boolean.FALSE) == null) {
                pairs.add(new int[] {s, ofA[s].other});
            }
        }
        for (int s = 0; s < ofB.length; s++) {
            if (uncertain(ofB[s]) && verdicts.putIfAbsent(key(ofB[s].other, s), Boolean.FALSE) == null) {
                pairs.add(new int[] {ofB[s].other, s});
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        embed(a, pairs, 0);
        embed(b, pairs, 1);
        // the words each sentence of a pair has beyond the other: embedded per pair, in one batch
        List<String> missing = new ArrayList<>();
        for (int[] p : pairs) {
            missing.add(features.missingWords(form(a, p[0]), form(b, p[1])));
            missing.add(features.missingWords(form(b, p[1]), form(a, p[0])));
        }
        List<String> nonEmpty = missing.stream().filter(m -> !m.isEmpty()).distinct().toList();
        Map<String, float[]> missingVectors = new HashMap<>();
        List<float[]> vectors = nonEmpty.isEmpty() ? List.of() : embedder().embed(nonEmpty);
        for (int k = 0; k < nonEmpty.size(); k++) {
            missingVectors.put(nonEmpty.get(k), vectors.get(k));
        }
        for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            double[] f = features.features(form(a, p[0]), form(b, p[1]), a.vectors[p[0]], b.vectors[p[1]],
                    missingVectors.get(missing.get(2 * i)), missingVectors.get(missing.get(2 * i + 1)));
            verdicts.put(key(p[0], p[1]), judge.probability(f) >= settings.paraphraseProbability());
        }
        for (int s = 0; s < ofA.length; s++) {
            if (uncertain(ofA[s])) {
                ofA[s].rewrite = verdicts.get(key(s, ofA[s].other));
            }
        }
        for (int s = 0; s < ofB.length; s++) {
            if (uncertain(ofB[s])) {
                ofB[s].rewrite = verdicts.get(key(ofB[s].other, s));
            }
        }
    }

    private boolean uncertain(Best m) {
        return m != null && m.containment >= settings.paraphraseContainment() && m.containment < settings.sentenceContainment();
    }

    private static long key(int sentenceOfA, int sentenceOfB) {
        return ((long) sentenceOfA << 32) | sentenceOfB;
    }

    /**
     * The {@link MeaningFeatures} of {@code derived} as a rewrite of {@code source}, every sentence
     * of both embedded (each once per prepared text).
     */
    public double[] meaningFeatures(Article source, Article derived) {
        return meaningFeatures(prepare(source), prepare(derived));
    }

    double[] meaningFeatures(PreparedText source, PreparedText derived) {
        embedAll(List.of(source, derived));
        return MeaningFeatures.of(source, derived, source.rewriteForms, derived.rewriteForms);
    }

    /**
     * Embeds, in one batch, every sentence long enough to judge of the given texts that lacks a
     * vector, and prepares its rewrite form.
     */
    void embedAll(List<PreparedText> texts) {
        List<String> sentences = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // [text, sentence]
        for (int t = 0; t < texts.size(); t++) {
            PreparedText text = texts.get(t);
            for (int s = 0; s < text.sentences.size(); s++) {
                if (text.grams[s].length > 0) {
                    form(text, s);
                    if (text.vectors[s] == null) {
                        sentences.add(text.sentences.get(s).text());
                        where.add(new int[] {t, s});
                    }
                }
            }
        }
        if (sentences.isEmpty()) {
            return;
        }
        List<float[]> vectors = embedder().embed(sentences);
        for (int k = 0; k < where.size(); k++) {
            texts.get(where.get(k)[0]).vectors[where.get(k)[1]] = vectors.get(k);
        }
    }

    private RewriteFeatures.Sentence form(PreparedText text, int s) {
        if (text.rewriteForms[s] == null) {
            text.rewriteForms[s] = features.prepare(text.sentences.get(s).text());
        }
        return text.rewriteForms[s];
    }

    /** Embeds, in one batch, the sentences of {@code text} that the pairs name at {@code position} and lack a vector. */
    private void embed(PreparedText text, List<int[]> pairs, int position) {
        List<Integer> missing = new ArrayList<>();
        for (int[] p : pairs) {
            int s = p[position];
            if (text.vectors[s] == null && !missing.contains(s)) {
                missing.add(s);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> sentences = missing.stream().map(s -> text.sentences.get(s).text()).toList();
        List<float[]> vectors = embedder().embed(sentences);
        for (int k = 0; k < missing.size(); k++) {
            text.vectors[missing.get(k)] = vectors.get(k);
        }
    }

    private SentenceEmbedder embedder() {
        return embedder.get();
    }

    private Side side(PreparedText text, PreparedText other, Best[] best, List<SentenceMatch> matches) {
        int reusedChars = 0;
        int reused = 0;
        int copiedChars = 0;
        int copiedCount = 0;
        for (int s = 0; s < best.length; s++) {
            Best m = best[s];
            if (m == null) {
                continue;
            }
            boolean copied = m.containment >= settings.sentenceContainment();
            boolean isReused = copied || m.rewrite;
            if (isReused) {
                reused++;
                reusedChars += text.lengths[s];
            }
            if (copied) {
                copiedCount++;
                copiedChars += text.lengths[s];
            }
            if (matches != null) {
                matches.add(new SentenceMatch(text.sentences.get(s), other.sentences.get(m.other), m.containment, isReused,
                        m.rewrite));
            }
        }
        double share = text.totalChars == 0 ? 0 : Math.min(1.0, (double) reusedChars / text.totalChars);
        double copiedShare = text.totalChars == 0 ? 0 : Math.min(1.0, (double) copiedChars / text.totalChars);
        return new Side(share, reused, copiedShare, copiedCount);
    }
}
