package org.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.cluster.InventedNews.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

class StoryStreamTest {

    private static final ClusterSettings PLAIN = ClusterSettings.defaults().withEmbeddings(false);

    /** A flood at the Varrow weir, told twice in 2019 and, in other words, twice in 2023: same kind, same actors. */
    private static List<Article> twoFloodsYearsApart() {
        return List.of(
                article("courier-2019", "2019-02-11", "Varrow weir overflows, Lindholm farms under water", """
                        The Varrow river broke over the Lindholm weir on Monday and flooded the farms along \
                        Dyke Road, the water board said.

                        Engineer Tomas Reyl of the Varrow water board said the pumps at Lindholm ran all night."""),
                article("gazette-2019", "2019-02-12", "Lindholm farmers count losses after Varrow flood", """
                        Farmers in Lindholm began pumping out barns on Tuesday after the Varrow weir overflowed.

                        Tomas Reyl, the water board engineer, said Dyke Road would stay closed for a week."""),
                article("courier-2023", "2023-11-20", "Lindholm weir gives way as the Varrow rises again", """
                        Water from the Varrow poured through a breach at the Lindholm weir on Monday, covering \
                        fields beside Dyke Road.

                        The water board's engineer Tomas Reyl said crews would close the breach with sandbags."""),
                article("gazette-2023", "2023-11-21", "Varrow breach: Dyke Road farms flooded at Lindholm", """
                        The Lindholm weir breach flooded farms along Dyke Road, the Varrow water board said on \
                        Tuesday.

                        Engineer Tomas Reyl said the pumps at Lindholm would run through the week."""));
    }

    private static List<Placement> addAll(StoryStream stream, List<Article> articles) {
        List<Placement> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(stream.add(a));
        }
        return out;
    }

    @Test
    void theSameKindOfEventWithTheSameActorsYearsApartIsAnotherStory() {
        try (StoryStream stream = new StoryStream(PLAIN, null)) {
            List<Placement> p = addAll(stream, twoFloodsYearsApart());

            assertThat(p.get(1).storyId()).isEqualTo(p.get(0).storyId());
            assertThat(p.get(2).opened()).isTrue();
            assertThat(p.get(2).storyId()).isNotEqualTo(p.get(0).storyId()).isEqualTo(StoryClusterer.storyId("courier-2023"));
            assertThat(p.get(3).storyId()).isEqualTo(p.get(2).storyId());
        }
        // the gap alone decides: with a window of years the 2023 reports join the 2019 story
        try (StoryStream stream = new StoryStream(PLAIN.withColdDays(3650), null)) {
            List<Placement> p = addAll(stream, twoFloodsYearsApart());
            assertThat(p).extracting(Placement::storyId).containsOnly(p.get(0).storyId());
        }
    }

    @Test
    void coldStoriesLeaveMemory() {
        try (StoryStream stream = new StoryStream(PLAIN, null)) {
            addAll(stream, InventedNews.brackenfordFire());
            int terms = stream.warmTerms();
            assertThat(stream.warmStories()).isEqualTo(1);
            assertThat(stream.warmArticles()).isEqualTo(3);

            stream.add(article("courier-later", "2024-05-01", "Dunmore Athletic sign a new goalkeeper",
                    "Dunmore Athletic signed the goalkeeper Ansel Quist from Selby Rovers on Wednesday."));

            assertThat(stream.warmStories()).isEqualTo(1);
            assertThat(stream.warmArticles()).isEqualTo(1);
            assertThat(stream.warmTerms()).isLessThan(terms);
            // a report of the old fire now opens a story of its own
            Article late = InventedNews.brackenfordFire().get(0);
            assertThat(stream.add(article("late-bf", "2024-05-02", late.title(), late.text())).opened()).isTrue();
        }
    }

    @Test
    void anUndatedStreamForgetsStoriesAfterColdArticles() {
        Article first = InventedNews.brackenfordFire().get(0);
        List<Article> articles = new ArrayList<>();
        articles.add(article("a", null, first.title(), first.text()));
        for (Article u : InventedNews.unrelated()) {
            articles.add(article(u.id(), null, u.title(), u.text()));
        }
        articles.add(article("b", null, first.title(), first.text()));

        try (StoryStream wide = new StoryStream(PLAIN, null)) {
            List<Placement> p = addAll(wide, articles);
            assertThat(p.get(4).storyId()).isEqualTo(p.get(0).storyId());
        }
        try (StoryStream narrow = new StoryStream(PLAIN.withColdArticles(2), null)) {
            List<Placement> p = addAll(narrow, articles);
            assertThat(p.get(4).opened()).isTrue();
            assertThat(narrow.warmStories()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void preparedAheadGivesTheSamePlacementsAndIndexRefreshesDoNotChangeThem() {
        List<Article> articles = new ArrayList<>();
        articles.addAll(InventedNews.brackenfordFire());
        articles.addAll(InventedNews.unrelated());
        articles.addAll(InventedNews.kellsburyFire());
        List<Placement> direct;
        try (StoryStream stream = new StoryStream(PLAIN, null)) {
            direct = addAll(stream, articles);
        }
        try (StoryStream stream = new StoryStream(PLAIN, null)) {
            List<PreparedArticle> prepared = articles.parallelStream().map(stream::prepare).toList();
            List<Placement> later = new ArrayList<>();
            for (PreparedArticle p : prepared) {
                later.add(stream.add(p));
            }
            assertThat(later).isEqualTo(direct);
        }
        // reopening the index after every article: every earlier article is searched, not compared directly
        ClusterSettings everyArticle = PLAIN.withCandidates(PLAIN.candidateTerms(), PLAIN.candidateNames(), PLAIN.candidateHits(), 1);
        try (StoryStream stream = new StoryStream(everyArticle, null)) {
            assertThat(addAll(stream, articles)).extracting(Placement::storyId)
                    .isEqualTo(direct.stream().map(Placement::storyId).toList());
        }
    }

    @Test
    void articlesWithoutWordsOpenStoriesOfTheirOwnAndLeaveTheOthersAlone() {
        // a failed extraction (no title, empty text) and a text of function words and punctuation only
        Article empty = new Article("empty", "empty.txt", null, null, null, null, null, null, "");
        Article noise = new Article("noise", "noise.txt", null, "...", null, null, null, null, "and the of, -- it was: ?!");
        List<Article> fire = InventedNews.brackenfordFire();
        List<Article> stream = new ArrayList<>();
        stream.add(fire.get(0));
        stream.add(empty);
        stream.add(noise);
        stream.addAll(fire.subList(1, fire.size()));
        try (StoryStream s = new StoryStream(PLAIN, null)) {
            List<Placement> placed = addAll(s, stream);
            assertThat(placed.get(1).opened()).isTrue();
            assertThat(placed.get(2).opened()).isTrue();
            assertThat(placed).extracting(Placement::score).allSatisfy(score -> assertThat(score).isNotNaN());
            // the fire's reports still join the story the first one opened
            assertThat(placed.subList(3, placed.size())).extracting(Placement::storyId)
                    .containsOnly(placed.get(0).storyId());
        }
    }

    @Test
    void aRepeatedIdIsPlacedOnce() {
        Article a = InventedNews.unrelated().get(0);
        try (StoryStream stream = new StoryStream(PLAIN, null)) {
            Placement first = stream.add(a);
            Placement again = stream.add(a);
            assertThat(again.storyId()).isEqualTo(first.storyId());
            assertThat(again.opened()).isFalse();
            assertThat(stream.warmArticles()).isEqualTo(1);
        }
    }

    @Test
    void embeddingsTakePartInTheDecisionOnlyWhenSwitchedOn() {
        // an invented embedder that calls every fire the same event
        Map<String, float[]> vectors = Map.of("bf", new float[] {1, 0}, "kb", new float[] {1, 0});
        ArticleEmbedder sameForFires = a -> vectors.getOrDefault(a.id().substring(a.id().indexOf('-') + 1), new float[] {0, 1});
        ClusterSettings.JoinScore embeddingOnly = new ClusterSettings.JoinScore(0, 0, 1, 0.9);
        // a query wide enough that the other fire is a candidate through the words all fires share
        ClusterSettings settings = ClusterSettings.defaults().withCandidates(40, 20, 10, 2048).withEmbeddings(true)
                .withJoin(embeddingOnly, PLAIN.plainJoin());
        List<Article> fires = new ArrayList<>(InventedNews.brackenfordFire());
        fires.addAll(InventedNews.kellsburyFire());

        try (StoryStream stream = new StoryStream(settings, sameForFires)) {
            assertThat(stream.usesEmbeddings()).isTrue();
            assertThat(addAll(stream, fires)).extracting(Placement::storyId).containsOnly(StoryClusterer.storyId("courier-bf"));
        }
        try (StoryStream stream = new StoryStream(settings.withEmbeddings(false), sameForFires)) {
            assertThat(stream.usesEmbeddings()).isFalse();
            assertThat(addAll(stream, fires)).extracting(Placement::storyId)
                    .containsOnly(StoryClusterer.storyId("courier-bf"), StoryClusterer.storyId("courier-kb"));
        }
    }

    /** One story told {@code n} times, each report with the story's words and a word of its own. */
    private static List<Article> longStory(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(article("wire-" + i, "2024-03-0" + (1 + i / 4), "Varrow weir repairs at Lindholm, day " + (i + 1),
                    "Engineer Tomas Reyl of the Varrow water board said the Lindholm weir repairs went on, report "
                            + (char) ('a' + i) + "ix."));
        }
        return out;
    }

    @Test
    void aStoryPutsItsFirstMembersAndThenThoseAtPowersOfTwoInTheIndex() {
        List<Article> articles = new ArrayList<>(longStory(10));
        articles.addAll(InventedNews.unrelated());
        // reopened after every article: every placement after the first goes through a search
        try (StoryStream capped = new StoryStream(PLAIN.withCandidates(8, 4, 10, 1).withSearch(Double.MAX_VALUE, 3), null);
             StoryStream whole = new StoryStream(PLAIN.withCandidates(8, 4, 10, 1).withSearch(Double.MAX_VALUE, 100), null)) {
            List<Placement> a = addAll(capped, articles);
            List<Placement> b = addAll(whole, articles);

            assertThat(a).extracting(Placement::storyId).isEqualTo(b.stream().map(Placement::storyId).toList());
            assertThat(a.subList(0, 10)).extracting(Placement::storyId).containsOnly(a.get(0).storyId());
            int others = InventedNews.unrelated().size();
            // members 1, 2, 3, then 4 and 8
            assertThat(capped.searchableArticles()).isEqualTo(5 + others);
            assertThat(whole.searchableArticles()).isEqualTo(10 + others);
            assertThat(capped.warmArticles()).isEqualTo(10 + others);
        }
    }

    @Test
    void aSureRecentMatchSkipsTheSearchWithoutChangingPlacements() {
        List<Article> articles = new ArrayList<>();
        articles.addAll(InventedNews.brackenfordFire());
        articles.addAll(InventedNews.unrelated());
        articles.addAll(longStory(8));
        articles.addAll(InventedNews.kellsburyFire());
        // reopened every 4 articles: some candidates are recent, some only in the index
        try (StoryStream sure = new StoryStream(PLAIN.withCandidates(8, 4, 10, 4).withSearch(1.5, 16), null);
             StoryStream always = new StoryStream(PLAIN.withCandidates(8, 4, 10, 4).withSearch(Double.MAX_VALUE, 16), null)) {
            List<Placement> a = addAll(sure, articles);
            List<Placement> b = addAll(always, articles);

            assertThat(a).extracting(Placement::storyId).isEqualTo(b.stream().map(Placement::storyId).toList());
            assertThat(sure.searches()).isPositive().isLessThan(always.searches());
            assertThat(always.searches()).isEqualTo(articles.size() - 4); // the first four find an empty index
        }
    }
}
