package org.crosscheck.spark.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crosscheck.extract.Article;

/**
 * Splits articles into {@link StoryBucket}s by language and by span of publication days, so that
 * each bucket's stories can be made in its own task. A dated article belongs to the span of its
 * earliest possible day, and warms up every later span that starts at most {@code coldDays}
 * after its latest possible day (a story it is in may still be joined there). Undated articles
 * come after all dated ones in publication order, so they belong to the last span of their
 * language. Only spans that own articles are made.
 */
public final class TimeBuckets {

    private TimeBuckets() {
    }

    /**
     * @param articles   the articles, in reading order
     * @param widthDays  the span of a bucket in days (at least 1)
     * @param coldDays   the cold-story window of the cluster settings: the overlap with the span before
     * @return the buckets, by language then span
     */
    public static List<StoryBucket> of(List<Article> articles, int widthDays, int coldDays) {
        if (widthDays < 1) {
            throw new IllegalArgumentException("a bucket spans at least one day, not " + widthDays);
        }
        long origin = origin(articles.stream().filter(a -> a.published() != null)
                .mapToLong(a -> a.published().firstDay().toEpochDay()).min());
        Map<String, TreeMap<Long, List<Article>>> owned = new TreeMap<>();
        Map<String, List<Article>> undated = new TreeMap<>();
        for (Article a : articles) {
            String language = Objects.requireNonNullElse(a.language(), "");
            if (a.published() == null) {
                undated.computeIfAbsent(language, k -> new ArrayList<>()).add(a);
            } else {
                owned.computeIfAbsent(language, k -> new TreeMap<>())
                        .computeIfAbsent(span(a.published().firstDay().toEpochDay(), widthDays, origin), k -> new ArrayList<>()).add(a);
            }
        }
        undated.forEach((language, list) -> {
            TreeMap<Long, List<Article>> spans = owned.computeIfAbsent(language, k -> new TreeMap<>());
            (spans.isEmpty() ? spans.computeIfAbsent(0L, k -> new ArrayList<>()) : spans.lastEntry().getValue()).addAll(list);
        });
        List<StoryBucket> buckets = new ArrayList<>();
        owned.forEach((language, spans) -> spans.forEach((span, members) -> {
            List<Article> warmup = new ArrayList<>();
            for (List<Article> earlier : spans.headMap(span).values()) {
                for (Article a : earlier) {
                    if (warms(a, span, widthDays, coldDays, origin)) {
                        warmup.add(a);
                    }
                }
            }
            buckets.add(new StoryBucket(language, span, warmup, members));
        }));
        return buckets;
    }

    /**
     * The first day of the first span (an epoch day): the earliest publication day of the input,
     * so that an input of fewer days than a span is one bucket wherever its days fall in the
     * calendar; 0 when no article is dated.
     */
    static long origin(java.util.OptionalLong firstDay) {
        return firstDay.orElse(0);
    }

    /** The span of days, counted from {@code origin}, that holds the given day. */
    static long span(long epochDay, int widthDays, long origin) {
        return Math.floorDiv(epochDay - origin, widthDays);
    }

    /** Whether a dated article of an earlier span warms up the given later span: its latest day is within the cold window before the span starts. */
    static boolean warms(Article article, long span, int widthDays, int coldDays, long origin) {
        return article.published() != null && article.published().lastDay().toEpochDay() >= origin + span * widthDays - coldDays;
    }
}
