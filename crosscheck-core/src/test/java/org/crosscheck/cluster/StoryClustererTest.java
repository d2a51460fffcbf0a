package org.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.cluster.InventedNews.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private final StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults());

    private static List<Article> week() {
        List<Article> all = new ArrayList<>();
        all.addAll(InventedNews.brackenfordFire());
        all.addAll(InventedNews.unrelated());
        all.addAll(InventedNews.kellsburyFire());
        return all;
    }

    private static Set<Set<String>> groups(List<Story> stories) {
        return stories.stream().map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
    }

    @Test
    void separatesTwoFiresOfTheSameKindAndTheUnrelatedNews() {
        List<Story> stories = clusterer.cluster(week());

        assertThat(groups(stories)).containsExactlyInAnyOrder(
                Set.of("courier-bf", "gazette-bf", "herald-bf"),
                Set.of("courier-kb", "gazette-kb", "herald-kb"),
                Set.of("courier-lib"), Set.of("gazette-cyc"), Set.of("herald-fc"));
    }

    @Test
    void aLaxThresholdWouldMergeTheTwoFires() {
        // the fires share their kind of vocabulary; with a query wide enough to reach those
        // common words, only the threshold keeps them apart
        ClusterSettings wide = ClusterSettings.defaults().withCandidates(40, 20, 10, 2048);
        List<Story> lax = new StoryClusterer(wide.withJoinThreshold(0.03)).cluster(week());
        Story brackenford = lax.stream().filter(s -> s.articleIds().contains("courier-bf")).findFirst().orElseThrow();
        assertThat(brackenford.articleIds()).contains("courier-kb");
    }

    @Test
    void listsMembersInPublicationOrderAndNamesStoriesAfterTheFirst() {
        List<Story> stories = clusterer.cluster(week());

        Story brackenford = stories.stream().filter(s -> s.articleIds().contains("herald-bf")).findFirst().orElseThrow();
        // same day: by id; then the next day
        assertThat(brackenford.articleIds()).containsExactly("courier-bf", "gazette-bf", "herald-bf");
        assertThat(brackenford.id()).isEqualTo(StoryClusterer.storyId("courier-bf")).matches("s-[0-9a-f]{12}");
        // the reference vector: SHA-256("abc") = ba7816bf8f01cfea...
        assertThat(StoryClusterer.storyId("abc")).isEqualTo("s-ba7816bf8f01");
    }

    @Test
    void givesTheSameStoriesForAnyInputOrderOfDatedArticles() {
        List<Story> expected = clusterer.cluster(week());
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<Article> shuffled = new ArrayList<>(week());
            Collections.shuffle(shuffled, random);
            assertThat(new StoryClusterer(ClusterSettings.defaults()).cluster(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void coldStorySplitsTheSameKindOfEventAYearLater() {
        List<Article> articles = new ArrayList<>(InventedNews.brackenfordFire());
        for (Article a : InventedNews.brackenfordFire()) {
            String date = a.published().toString().replace("2024", "2025");
            articles.add(article(a.id() + "-2025", date, a.title(), a.text()));
        }

        List<Story> stories = clusterer.cluster(articles);

        assertThat(groups(stories)).containsExactlyInAnyOrder(
                Set.of("courier-bf", "gazette-bf", "herald-bf"),
                Set.of("courier-bf-2025", "gazette-bf-2025", "herald-bf-2025"));
    }

    @Test
    void withoutTheColdGapTheSameTextsAYearApartWouldMerge() {
        List<Article> articles = new ArrayList<>(InventedNews.brackenfordFire());
        Article first = InventedNews.brackenfordFire().get(0);
        articles.add(article("late", "2025-03-05", first.title(), first.text()));

        assertThat(new StoryClusterer(ClusterSettings.defaults().withColdDays(400)).cluster(articles)).hasSize(1);
        assertThat(clusterer.cluster(articles)).hasSize(2);
    }

    @Test
    void undatedArticleJoinsItsStoryAndComesLast() {
        List<Article> articles = new ArrayList<>();
        Article undated = article("blog-bf", null, "Hollis Furniture warehouse fire in Brackenford",
                "Dana Whitlock said the Brackenford fire on Mill Lane started near a loading bay of the Hollis Furniture warehouse.");
        articles.add(undated);
        articles.addAll(InventedNews.brackenfordFire());
        articles.addAll(InventedNews.kellsburyFire());

        List<Story> stories = clusterer.cluster(articles);

        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).articleIds()).containsExactly("courier-bf", "gazette-bf", "herald-bf", "blog-bf");
    }

    @Test
    void singleArticleIsOneStory() {
        Article only = InventedNews.unrelated().get(0);
        assertThat(clusterer.cluster(List.of(only)))
                .containsExactly(new Story(StoryClusterer.storyId(only.id()), List.of(only.id())));
    }

    @Test
    void emptyInputGivesNoStoriesAndRepeatedIdsCountOnce() {
        assertThat(clusterer.cluster(List.of())).isEmpty();
        Article a = InventedNews.unrelated().get(1);
        assertThat(clusterer.cluster(List.of(a, a))).singleElement()
                .satisfies(s -> assertThat(s.articleIds()).containsExactly(a.id()));
    }
}
