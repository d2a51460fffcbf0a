package org.crosscheck.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.SentenceEmbedder;

/**
 * The cosines of a story's claims, by their index in the aligner's order, each computed when it
 * is asked for from the claims' sentence vectors (every distinct sentence embedded once, in
 * batches). Nothing of size claims × claims is held: the aligner compares only the pairs of
 * claims of different articles, so a long article alone costs memory and time in proportion to
 * its claims.
 */
final class ClaimSimilarities {

    private final float[][] vectors;
    private final LongAdder computed;

    /** @param computed counts every cosine computed */
    ClaimSimilarities(List<Claim> claims, SentenceEmbedder embedder, LongAdder computed) {
        this.computed = computed;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Claim c : claims) {
            index.putIfAbsent(c.sentence(), index.size());
        }
        List<float[]> distinct = claims.isEmpty() ? List.of() : embedder.embed(List.copyOf(index.keySet()));
        this.vectors = new float[claims.size()][];
        for (int i = 0; i < claims.size(); i++) {
            vectors[i] = distinct.get(index.get(claims.get(i).sentence()));
        }
    }

    /** The cosine of claims {@code i} and {@code j}. */
    double of(int i, int j) {
        computed.increment();
        return SentenceEmbedder.cosine(vectors[i], vectors[j]);
    }
}
