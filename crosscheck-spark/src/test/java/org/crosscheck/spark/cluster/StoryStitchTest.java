package org.crosscheck.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class StoryStitchTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static Article article(String id, int day) {
        return new Article(id, id + ".txt", null, "Title " + id, null, PartialDate.of(DAY.plusDays(day)), null, "en", "Text.");
    }

    private static Story story(String... ids) {
        return new Story(StoryClusterer.storyId(ids[0]), List.of(ids));
    }

    @Test
    void laterMembersContinueTheEarlierStoriesOfTheWarmUpArticlesTheyJoinedAndThoseStoriesMerge() {
        Article a = article("a", 0);
        Article b = article("b", 1);
        Article c = article("c", 2);
        Article d = article("d", 5);
        Article e = article("e", 6);
        Article f = article("f", 7);
        StoryBucket first = new StoryBucket("en", 0, List.of(), List.of(a, b, c));
        StoryBucket second = new StoryBucket("en", 1, List.of(b, c), List.of(d, e, f));
        List<Story> stitched = StoryStitch.stitch(List.of(f, e, d, c, b, a), List.of(first, second), List.of(
                List.of(story("a"), story("b"), story("c")),
                // the second bucket put the warm-up articles b and c in one story with d, and e and f alone
                List.of(story("b", "c", "d"), story("e"), story("f"))));
        assertThat(stitched).containsExactly(story("a"), story("b", "c", "d"), story("e"), story("f"));
    }

    @Test
    void aStoryOfWarmUpArticlesOnlyJoinsNothing() {
        Article a = article("a", 0);
        Article b = article("b", 1);
        Article c = article("c", 5);
        StoryBucket first = new StoryBucket("en", 0, List.of(), List.of(a, b));
        StoryBucket second = new StoryBucket("en", 1, List.of(a, b), List.of(c));
        List<Story> stitched = StoryStitch.stitch(List.of(a, b, c), List.of(first, second), List.of(
                List.of(story("a"), story("b")),
                List.of(story("a", "b"), story("c"))));
        assertThat(stitched).containsExactly(story("a"), story("b"), story("c"));
    }
}
