package org.crosscheck.cluster;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;

/** Turns an article into one unit-length vector for the join decision. Must be deterministic. */
public interface ArticleEmbedder {

    /** The unit-length vector of an article. */
    float[] embed(Article article);

    /** The vectors of several articles, in order; implementations may batch. */
    default List<float[]> embedAll(List<Article> articles) {
        List<float[]> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(embed(a));
        }
        return out;
    }
}
