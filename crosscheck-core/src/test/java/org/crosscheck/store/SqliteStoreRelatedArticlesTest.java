package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The articles a statement is checked against: chosen by full-text search, of the whole store or of one story. */
class SqliteStoreRelatedArticlesTest {

    private static final int TOPICS = 50;

    @TempDir
    static Path dir;
    private static SqliteStore store;
    private static Map<String, String> storyOf;

    @BeforeAll
    static void ingest() throws Exception {
        store = SqliteStore.open(dir.resolve("s"));
        SqliteStoreTest.ingest(store, GeneratedArticles.articles(TOPICS, 0, 3), 50);
        storyOf = store.storyOfArticles();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private static String statementAbout(int t) {
        return GeneratedArticles.person(t) + " said the " + GeneratedArticles.place(t) + " " + GeneratedArticles.thing(t)
                + " would stay shut.";
    }

    @Test
    void findsTheArticlesThatShareTheMostWordsAmongAllBestFirst() {
        List<Article> found = store.relatedArticles(statementAbout(17), null, 5).orElseThrow();
        assertThat(found).hasSize(5);
        assertThat(ids(found).subList(0, 3)).containsExactlyInAnyOrder("t17-a0", "t17-a1", "t17-a2");
        Article first = found.get(0);
        Article original = GeneratedArticles.article(17, Integer.parseInt(first.id().substring(first.id().length() - 1)));
        assertThat(first.text()).isEqualTo(original.text());
        assertThat(first.title()).isEqualTo(original.title());
        assertThat(first.published()).isEqualTo(original.published());
    }

    @Test
    void returnsNothingWhenNoArticleSharesAWord() {
        assertThat(store.relatedArticles("Zyxquor plimbeth vorn.", null, 5)).hasValue(List.of());
    }

    @Test
    void keepsToTheStoryAndTakesAllOfASmallOne() {
        String story = storyOf.get("t17-a0");
        List<Article> all = store.relatedArticles(statementAbout(4), story, 10).orElseThrow();
        assertThat(ids(all)).containsExactlyInAnyOrder("t17-a0", "t17-a1", "t17-a2");
        List<Article> best = store.relatedArticles(statementAbout(17) + " Report 2 came from " + GeneratedArticles.article(17, 2).site(),
                story, 1).orElseThrow();
        assertThat(ids(best)).containsExactly("t17-a2");
    }

    @Test
    void knowsNoStoryThatIsNotThere() {
        assertThat(store.relatedArticles(statementAbout(17), "no-such-story", 5)).isEmpty();
    }
}
