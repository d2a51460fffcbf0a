package org.crosscheck.pipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;

/**
 * Finds the stories that tell one event among those an ingest batch touched and the stored stories
 * near them in time: the same-event pass of the incremental run (wired by {@code Pipeline} over
 * {@code align.SameEventStories}, as in the batch run).
 */
public interface SameEventFinder {

    /** Days between two stories' dated spans beyond which they are never one event. */
    int maxDaysApart();

    /**
     * The groups of stories (indices into {@code stories}, each group in increasing order, the
     * groups in order of their first story) that tell one event; a story alone is a group of one.
     * Only the pairs that hold one of the first {@code touched} stories need be compared: the
     * stories after them are stored stories, compared with each other when they were touched.
     */
    List<List<Integer>> groups(List<Story> stories, Map<String, Article> articles, int touched);

    /** Merges nothing: every story is a group of its own. */
    SameEventFinder NONE = new SameEventFinder() {
        @Override
        public int maxDaysApart() {
            return 0;
        }

        @Override
        public List<List<Integer>> groups(List<Story> stories, Map<String, Article> articles, int touched) {
            return IntStream.range(0, stories.size()).mapToObj(List::of).toList();
        }
    };
}
