package org.crosscheck.spark.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.extract.Article;

/**
 * Joins the stories made bucket by bucket into the stories of the whole input. Each article is
 * a member of one bucket, and its story there is its story; a warm-up article's placement in a
 * later bucket only tells which earlier story the later members it joined belong to: a bucket's
 * story that holds members and warm-up articles continues the stories those warm-up articles
 * joined in their own bucket, and stories that come to share articles this way are merged. A
 * bucket's story of warm-up articles only adds nothing. The stitched stories are given as
 * {@link StoryClusterer} gives them: members in publication order, the id made from the first
 * member's, stories in the order they opened.
 */
public final class StoryStitch {

    private StoryStitch() {
    }

    /**
     * @param articles the articles of all buckets, in reading order
     * @param buckets  the buckets
     * @param stories  the stories of each bucket, in the buckets' order
     * @return every article in exactly one story
     */
    public static List<Story> stitch(List<Article> articles, List<StoryBucket> buckets, List<List<Story>> stories) {
        List<List<String>> holding = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            holding.addAll(holdingMembers(buckets.get(b), stories.get(b)));
        }
        return stitch(StoryClusterer.publicationOrder(articles).stream().map(Article::id).toList(), holding);
    }

    /** The article ids of the bucket's stories that hold at least one of its members (the others add nothing). */
    public static List<List<String>> holdingMembers(StoryBucket bucket, List<Story> stories) {
        Set<String> members = new HashSet<>();
        bucket.members().forEach(a -> members.add(a.id()));
        List<List<String>> holding = new ArrayList<>();
        for (Story story : stories) {
            if (story.articleIds().stream().anyMatch(members::contains)) {
                holding.add(story.articleIds());
            }
        }
        return holding;
    }

    /**
     * @param published the ids of all articles, in publication order ({@link StoryClusterer#publicationOrder})
     * @param stories   the article ids of every bucket's stories that hold members of the bucket
     * @return every article in exactly one story
     */
    public static List<Story> stitch(List<String> published, List<List<String>> stories) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < published.size(); i++) {
            order.put(published.get(i), i);
        }
        int[] parent = new int[published.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<String> story : stories) {
            int first = order.get(story.get(0));
            for (String id : story) {
                union(parent, first, order.get(id));
            }
        }
        Map<Integer, List<String>> components = new LinkedHashMap<>();
        for (int i = 0; i < published.size(); i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(published.get(i));
        }
        List<Story> stitched = new ArrayList<>();
        components.values().stream()
                .sorted(Comparator.comparingInt(ids -> order.get(ids.get(0))))
                .forEach(ids -> stitched.add(new Story(StoryClusterer.storyId(ids.get(0)), ids)));
        return stitched;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }
}
