package org.crosscheck.dedup;

import java.util.Objects;

/**
 * Two articles whose texts are (nearly) the same.
 *
 * @param articleId the article just added to the index
 * @param earlierId the article already there that it duplicates
 * @param jaccard   estimated Jaccard similarity of their shingle sets, 0 to 1
 * @param exact     true when their normalised texts hash the same
 */
public record NearDuplicate(String articleId, String earlierId, double jaccard, boolean exact) implements java.io.Serializable {

    public NearDuplicate {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(earlierId, "earlierId");
        if (jaccard < 0 || jaccard > 1) {
            throw new IllegalArgumentException("jaccard out of [0,1]: " + jaccard);
        }
    }
}
