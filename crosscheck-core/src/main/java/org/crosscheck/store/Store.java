package org.crosscheck.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What a store answers: counts, pages of stories and articles, and single stories and articles
 * as the JSON objects of the public interface. Safe to call from many threads, also while one
 * writer ingests; a reader sees the state of the last finished ingest batch.
 */
public interface Store extends AutoCloseable {

    /** How many articles and stories the store holds. */
    StoreCounts counts();

    /** One page of stories in the query's order; {@code total} counts every match. */
    StoryPage stories(StoryQuery query);

    /**
     * One story: the story object of the report ({@code id}, {@code title}, {@code articleIds},
     * {@code summary}, {@code claims}, {@code conflicts}, {@code timeline}, {@code entities},
     * {@code provenance}) with an added {@code articles} array of its article objects.
     */
    Optional<ObjectNode> story(String id);

    /** One page of full-text search hits over articles, best first ({@code text} null: newest first). */
    ArticlePage articles(ArticleQuery query);

    /** One article: the article object of {@code extract}, with an added {@code storyId}. */
    Optional<ObjectNode> article(String id);

    @Override
    void close();
}
