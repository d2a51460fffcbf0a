package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.extract.Article;

/**
 * Finds which articles of a story copy or rewrite which: prepares every article once (sentences,
 * character n-grams, fingerprint), picks candidate pairs by sampled shingles and MinHash LSH,
 * aligns each candidate pair's sentences and lets {@link DerivationJudge} decide. Then, by
 * meaning: every sentence of the story is embedded once, and each pair not already found a copy
 * or a rewrite whose mean sentence vectors are close enough (or that the shingles picked) is
 * weighed by the {@link ArticleRewriteModel} over its {@link MeaningFeatures}; a rewrite found so
 * replaces a partial. Links come sorted by {@code from}, then {@code to}. An id met twice is read
 * once (the first article).
 */
public final class ProvenanceTracer {

    private final ProvenanceSettings settings;
    private final DedupSettings dedup;
    private final SentenceAligner aligner;
    private final DerivationJudge judge;
    private final ArticleRewriteModel model;

    /** With the shipped article rewrite model. */
    public ProvenanceTracer(ProvenanceSettings settings, DedupSettings dedup) {
        this(settings, dedup, ArticleRewriteModel.defaults());
    }

    /** @param model the article rewrite model; null to align by characters only (the tracer before meaning) */
    public ProvenanceTracer(ProvenanceSettings settings, DedupSettings dedup, ArticleRewriteModel model) {
        this(settings, dedup, model, RewriteJudge.defaults());
    }

    /**
     * @param model the article rewrite model; null to align by characters only (the tracer before meaning)
     * @param judge the sentence rewrite judge
     */
    public ProvenanceTracer(ProvenanceSettings settings, DedupSettings dedup, ArticleRewriteModel model, RewriteJudge judge) {
        this(settings, dedup, model, judge, org.crosscheck.language.SentenceEmbedder::new);
    }

    /**
     * A tracer whose sentence embedder is the given one's (made on first need), shared with the
     * other steps of a run.
     */
    public ProvenanceTracer(ProvenanceSettings settings, DedupSettings dedup, ArticleRewriteModel model, RewriteJudge judge,
                            java.util.function.Supplier<org.crosscheck.language.SentenceEmbedder> embedder) {
        this.settings = settings;
        this.dedup = dedup;
        this.aligner = new SentenceAligner(settings, dedup, new org.crosscheck.language.SentenceSplitter(),
                new org.crosscheck.language.WordNetLexicon(), embedder, judge);
        this.judge = new DerivationJudge(settings, aligner);
        this.model = model;
    }

    /** The tracer that aligns by characters and the sentence rewrite judge only, never by whole-article meaning. */
    public static ProvenanceTracer charactersOnly(ProvenanceSettings settings, DedupSettings dedup) {
        return new ProvenanceTracer(settings, dedup, (ArticleRewriteModel) null);
    }

    /** Reuse links among the given articles, each from the earlier (original) text to the later. */
    public List<ReuseLink> trace(List<Article> articles) {
        return derivations(articles).stream().map(Derivation::link).toList();
    }

    /** The same links as {@link #trace}, each with what decided its direction and the share of each text reused. */
    public List<Derivation> derivations(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        List<PreparedText> texts = new ArrayList<>();
        for (Article a : articles) {
            if (seen.add(a.id())) {
                texts.add(aligner.prepare(a));
            }
        }
        int n = texts.size();
        Derivation[][] byPair = new Derivation[n][n];
        boolean[][] shingled = new boolean[n][n];
        double[][] copied = new double[n][n]; // [i][j]: share of i's text copied from j; 0 where no shingle is shared
        for (int[] pair : new ReuseCandidates(settings, dedup).pairs(texts)) {
            PreparedText a = texts.get(pair[0]);
            PreparedText b = texts.get(pair[1]);
            shingled[pair[0]][pair[1]] = true;
            SentenceAlignment alignment = aligner.align(a, b);
            copied[pair[0]][pair[1]] = alignment.copiedShareOfFirst();
            copied[pair[1]][pair[0]] = alignment.copiedShareOfSecond();
            byPair[pair[0]][pair[1]] = judge.judge(a, b, alignment).orElse(null);
        }
        if (model != null && n >= 2) {
            aligner.embedAll(texts);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Derivation found = byPair[i][j];
                    boolean settled = found != null && found.link().kind() != ReuseKind.PARTIAL;
                    if (settled || !shingled[i][j]
                            && MeaningFeatures.meanCosine(texts.get(i), texts.get(j)) < model.candidateCosine()) {
                        continue;
                    }
                    Optional<Derivation> rewrite = byMeaning(texts.get(i), texts.get(j), copied[i][j], copied[j][i]);
                    if (rewrite.isPresent()) {
                        byPair[i][j] = rewrite.get();
                    }
                }
            }
        }
        List<Derivation> found = new ArrayList<>();
        for (Derivation[] row : byPair) {
            for (Derivation d : row) {
                if (d != null) {
                    found.add(d);
                }
            }
        }
        found.sort(Comparator.comparing((Derivation d) -> d.link().from()).thenComparing(d -> d.link().to()));
        return List.copyOf(found);
    }

    private Optional<Derivation> byMeaning(PreparedText a, PreparedText b, double copiedA, double copiedB) {
        double[] aToB = aligner.meaningFeatures(a, b);
        double[] bToA = aligner.meaningFeatures(b, a);
        return judge.byMeaning(a, b, aToB, bToA, model, copiedA, copiedB);
    }
}
