package org.crosscheck.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What near-duplicate detection keeps of an article: a hash of its normalised text and its
 * MinHash signature over word shingles.
 */
public record Fingerprint(String articleId, long textHash, long[] minHash) implements java.io.Serializable {

    public Fingerprint {
        Objects.requireNonNull(articleId, "articleId");
        minHash = minHash.clone();
    }

    @Override
    public long[] minHash() {
        return minHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.articleId.equals(articleId) && f.textHash == textHash
                && Arrays.equals(f.minHash, minHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, textHash, Arrays.hashCode(minHash));
    }

    @Override
    public String toString() {
        return "Fingerprint[" + articleId + ", " + Long.toHexString(textHash) + "]";
    }
}
