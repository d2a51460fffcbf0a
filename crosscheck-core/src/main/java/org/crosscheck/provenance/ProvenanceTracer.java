package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Article;

/**
 * Finds which articles of a story copy or rewrite which: prepares every article once (sentences,
 * character n-grams, fingerprint), picks candidate pairs by sampled shingles and MinHash LSH,
 * aligns each candidate pair's sentences and lets {@link DerivationJudge} decide. Links come
 * sorted by {@code from}, then {@code to}. An id met twice is read once (the first article).
 */
public final class ProvenanceTracer {

    private final ProvenanceSettings settings;
    private final SentenceAligner aligner;
    private final DerivationJudge judge;

    public ProvenanceTracer() {
        this(ProvenanceSettings.defaults());
    }

    public ProvenanceTracer(ProvenanceSettings settings) {
        this.settings = settings;
        this.aligner = new SentenceAligner(settings, new org.crosscheck.language.SentenceSplitter());
        this.judge = new DerivationJudge(settings, aligner);
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
        List<Derivation> found = new ArrayList<>();
        for (int[] pair : new ReuseCandidates(settings).pairs(texts)) {
            PreparedText a = texts.get(pair[0]);
            PreparedText b = texts.get(pair[1]);
            judge.judge(a, b, aligner.align(a, b)).ifPresent(found::add);
        }
        found.sort(Comparator.comparing((Derivation d) -> d.link().from()).thenComparing(d -> d.link().to()));
        return List.copyOf(found);
    }
}
