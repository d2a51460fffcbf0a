package org.crosscheck.cluster;

import java.util.Objects;
import org.crosscheck.time.PartialDate;

/**
 * An article made ready for {@link StoryStream#add(PreparedArticle)}: its terms, name words and
 * (with embeddings) its vector. Made by {@link StoryStream#prepare}, a pure step that may run on
 * other threads ahead of the stream. Immutable.
 */
public final class PreparedArticle {

    private final String id;
    private final PartialDate published;
    private final ArticleTerms terms;
    private final float[] embedding;

    PreparedArticle(String id, PartialDate published, ArticleTerms terms, float[] embedding) {
        this.id = Objects.requireNonNull(id, "id");
        this.published = published;
        this.terms = terms;
        this.embedding = embedding;
    }

    public String id() {
        return id;
    }

    /** Publication date, or null. */
    public PartialDate published() {
        return published;
    }

    ArticleTerms terms() {
        return terms;
    }

    /** The embedding, or null when prepared without one. Not copied: do not change it. */
    float[] embedding() {
        return embedding;
    }
}
