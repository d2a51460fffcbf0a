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
        LocalDate first = LocalDate.of(2025, 2, 11); // the spans of 10 days count from the earliest day
        List<Article> articles = List.of(
                article("early", first, "en"),
                article("late", first.plusDays(6), "en"),
                article("in", first.plusDays(12), "en"),
                article("next", first.plusDays(20), "en"));
        List<StoryBucket> buckets = TimeBuckets.of(articles, 10, 4);
        assertThat(buckets).extracting(StoryBucket::index).containsExactly(0L, 1L, 2L);
        assertThat(ids(buckets.get(0).members())).containsExactly("early", "late");
        assertThat(ids(buckets.get(0).warmup())).isEmpty();
        assertThat(ids(buckets.get(1).members())).containsExactly("in");
        assertThat(ids(buckets.get(1).warmup())).containsExactly("late"); // 4 days before span 1 starts
        assertThat(ids(buckets.get(2).warmup())).isEmpty(); // "in" is 8 days before span 2: cold there
        assertThat(ids(buckets.get(2).members())).containsExactly("next");
    }

    @Test
    void anInputOfFewerDaysThanASpanIsOneBucketWhereverItsDaysFallInTheCalendar() {
        // two days either side of a multiple of 30 days since 1970: once two buckets, the second
        // clustering the whole first day again as its warm-up
        LocalDate edge = LocalDate.ofEpochDay(30 * 682);
        List<Article> articles = List.of(article("eve", edge.minusDays(1), "en"), article("day", edge, "en"));
        List<StoryBucket> buckets = TimeBuckets.of(articles, 30, 7);
        assertThat(buckets).hasSize(1);
        assertThat(ids(buckets.get(0).members())).containsExactly("eve", "day");
        assertThat(buckets.get(0).warmup()).isEmpty();
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
