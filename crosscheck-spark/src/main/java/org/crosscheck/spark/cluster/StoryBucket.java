package org.crosscheck.spark.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;

/**
 * The articles of one language and one span of publication days, to be clustered in one task.
 *
 * @param language the articles' language ({@code ""} when unknown)
 * @param index    the span's number: its first day is {@code index * width} days after 1970-01-01
 * @param warmup   the articles of earlier spans published within the cold-story window before this
 *                 one starts, in reading order: they warm the stream up so that this span's articles
 *                 can join the stories still open at its start
 * @param members  the articles this span owns (published in it; the undated ones go to the last
 *                 span of their language), in reading order
 */
public record StoryBucket(String language, long index, List<Article> warmup, List<Article> members) implements Serializable {

    public StoryBucket {
        warmup = List.copyOf(warmup);
        members = List.copyOf(members);
    }

    /** The warm-up articles, then the members: what the bucket's stream is fed (it puts them in publication order). */
    public List<Article> all() {
        List<Article> all = new ArrayList<>(warmup.size() + members.size());
        all.addAll(warmup);
        all.addAll(members);
        return all;
    }
}
