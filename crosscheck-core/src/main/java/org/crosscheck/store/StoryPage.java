package org.crosscheck.store;

import java.util.List;

/** A page of stories and how many match in all. */
public record StoryPage(long total, List<StorySummary> stories) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
