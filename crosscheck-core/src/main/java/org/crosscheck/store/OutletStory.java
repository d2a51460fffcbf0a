package org.crosscheck.store;

import java.util.List;
import java.util.Objects;

/**
 * What one outlet did in one stored story (its entry in the story's {@code outlets}).
 *
 * @param storyId    the story
 * @param title      the story's title
 * @param role       {@code originator}, {@code rewriter}, {@code copier} or {@code independent}
 * @param articleIds the outlet's articles in the story
 * @param first      its first publication in the story, as the report writes it, or null
 * @param lagHours   hours behind the story's first report, or null when not known
 * @param exclusiveClaims how many claims only it carries
 * @param omittedClaims   how many corroborated claims it leaves out
 * @param conflicts       how many conflicts it is a side of
 */
public record OutletStory(String storyId, String title, String role, List<String> articleIds, String first, Double lagHours,
                          int exclusiveClaims, int omittedClaims, int conflicts) {

    public OutletStory {
        Objects.requireNonNull(storyId, "storyId");
        articleIds = List.copyOf(articleIds);
    }
}
