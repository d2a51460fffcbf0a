package org.crosscheck.store;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.Article;

/**
 * What a store answers: counts, pages of stories and articles, and single stories and articles
 * as typed records (the server writes them as the JSON objects of the public interface). Safe to call from many threads, also while one
 * writer ingests; a reader sees the state of the last finished ingest batch.
 */
public interface Store extends AutoCloseable {

    /** How many articles and stories the store holds. */
    StoreCounts counts();

    /** One page of stories in the query's order; {@code total} counts every match. */
    StoryPage stories(StoryQuery query);

    /**
     * One story: its report as last analysed and its articles in the story's order. The id of a
     * story merged into another gives the story it was merged into, whose report's id says so.
     */
    Optional<StoredStory> story(String id);

    /** One page of full-text search hits over articles, best first ({@code text} null: newest first). */
    ArticlePage articles(ArticleQuery query);

    /** One article and the story it is in. */
    Optional<ArticleInStory> article(String id);

    /**
     * The stored articles a statement is best checked against, as the records the pipeline
     * reads, at most {@code max}: without a story, those that share the most words with the
     * text (full-text search over title and text, any of its words), best first, none that
     * shares no word; with a story, its articles, those that share the most words first (all
     * of them when it has no more than {@code max}). Empty when {@code storyId} names no story.
     */
    Optional<List<Article>> relatedArticles(String text, String storyId, int max);

    /**
     * The outlets of every stored story: each outlet's figures and stories, the copy network and
     * the share of stories in which an article added no new claim (see {@link OutletNetwork}).
     */
    OutletNetwork outlets();

    @Override
    void close();
}
