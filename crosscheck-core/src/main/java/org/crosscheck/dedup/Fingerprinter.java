package org.crosscheck.dedup;

import org.crosscheck.extract.Article;

/**
 * Computes an article's {@link Fingerprint}: the 64-bit hash of its normalised main text (equal
 * hashes mean exact duplicates up to case, punctuation and spacing) and its MinHash signature.
 * The title is left out: outlets retitle copies they do not otherwise change.
 */
public final class Fingerprinter {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MinHasher minHasher;

    public Fingerprinter(DedupSettings settings) {
        this(new MinHasher(settings));
    }

    public Fingerprinter(MinHasher minHasher) {
        this.minHasher = minHasher;
    }

    /** The fingerprint of one article's text. */
    public Fingerprint fingerprint(Article article) {
        String normalized = normalizer.normalize(article.text());
        return new Fingerprint(article.id(), Murmur3Hash64.hash(normalized), minHasher.signatureOfNormalized(normalized));
    }
}
