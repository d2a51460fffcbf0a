package org.crosscheck.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class TimeBucketsTest {

    private static Article article(String id, LocalDate day, String language) {
        return new Article(id, id + ".txt", null, "Title " + id, null, day == null ? null : PartialDate.of(day), null,
                language, "Text of " + id + ".");
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    @Test
    void articlesGoToTheSpanOfTheirDayAndWarmUpTheNextSpanWithinTheColdWindow() {
        LocalDate start = LocalDate.ofEpochDay(10 * 20); // span 20 of buckets of 10 days starts here
        List<Article> articles = List.of(
                article("early", start.minusDays(9), "en"),
                article("late", start.minusDays(3), "en"),
                article("in", start.plusDays(2), "en"),
                article("next", start.plusDays(10), "en"));
        List<StoryBucket> buckets = TimeBuckets.of(articles, 10, 4);
        assertThat(buckets).extracting(StoryBucket::index).containsExactly(19L, 20L, 21L);
        assertThat(ids(buckets.get(0).members())).containsExactly("early", "late");
        assertThat(ids(buckets.get(0).warmup())).isEmpty();
        assertThat(ids(buckets.get(1).members())).containsExactly("in");
        assertThat(ids(buckets.get(1).warmup())).containsExactly("late");
        assertThat(ids(buckets.get(2).warmup())).isEmpty(); // "in" is 8 days before span 21: cold there
        assertThat(ids(buckets.get(2).members())).containsExactly("next");
    }

    @Test
    void aColdWindowWiderThanASpanWarmsUpSeveralSpans() {
        LocalDate start = LocalDate.ofEpochDay(3 * 100);
        List<Article> articles = List.of(article("a", start, "en"), article("b", start.plusDays(3), "en"),
                article("c", start.plusDays(6), "en"));
        List<StoryBucket> buckets = TimeBuckets.of(articles, 3, 7);
        assertThat(ids(buckets.get(2).warmup())).containsExactly("a", "b");
    }

    @Test
    void languagesAreBucketedApartAndUndatedArticlesJoinTheLastSpanOfTheirLanguage() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        List<Article> articles = List.of(
                article("en1", day, "en"), article("de1", day, "de"), article("en-undated", null, "en"),
                article("en2", day.plusDays(40), "en"), article("x-undated", null, null));
        List<StoryBucket> buckets = TimeBuckets.of(articles, 30, 7);
        assertThat(buckets).extracting(StoryBucket::language).containsExactly("", "de", "en", "en");
        assertThat(ids(buckets.get(0).members())).containsExactly("x-undated");
        assertThat(ids(buckets.get(1).members())).containsExactly("de1");
        assertThat(ids(buckets.get(3).members())).containsExactly("en2", "en-undated");
        assertThat(buckets.stream().mapToInt(b -> b.members().size()).sum()).isEqualTo(articles.size());
    }
}
