package org.crosscheck.cluster;

import java.util.Objects;

/**
 * Where one article went.
 *
 * @param articleId the article
 * @param storyId   its story: {@code StoryClusterer.storyId} of the story's first article
 * @param opened    whether the article opened this story rather than joined it
 * @param score     the join score with the best warm candidate story; 0 when there was none
 */
public record Placement(String articleId, String storyId, boolean opened, double score) {

    public Placement {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
    }
}
