package org.crosscheck.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Article;

/**
 * Groups a batch of articles into stories: reports of the same news event. Puts them in
 * publication order and runs them through one {@link StoryStream}, so a batch and a stream of the
 * same articles give the same stories.
 *
 * <p>Order: dated articles first, by date (earliest possible day, then coarser precision first),
 * same dates by article id so that shuffling the input changes nothing; undated articles after
 * them in input order. When an id occurs twice, the later article is ignored.
 */
public final class StoryClusterer {

    private static final int EMBED_BATCH = 256;

    private final ClusterSettings settings;
    private final ArticleEmbedder embedder;

    /** No embeddings. */
    public StoryClusterer(ClusterSettings settings) {
        this(settings, null);
    }

    /**
     * @param embedder the article embedder, or null for lexical and name similarity only
     */
    public StoryClusterer(ClusterSettings settings, ArticleEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    /** The stories of the given articles, in the order they opened; every article is in exactly one. Deterministic. */
    public List<Story> cluster(List<Article> articles) {
        List<Article> ordered = publicationOrder(articles);
        Map<String, List<String>> members = new LinkedHashMap<>();
        try (StoryStream stream = new StoryStream(settings, embedder)) {
            boolean embed = stream.usesEmbeddings();
            for (int from = 0; from < ordered.size(); from += EMBED_BATCH) {
                List<Article> batch = ordered.subList(from, Math.min(ordered.size(), from + EMBED_BATCH));
                List<float[]> vectors = embed ? embedder.embedAll(batch) : null;
                for (int i = 0; i < batch.size(); i++) {
                    Placement p = stream.add(stream.prepared(batch.get(i), embed ? vectors.get(i) : null));
                    members.computeIfAbsent(p.storyId(), k -> new ArrayList<>()).add(p.articleId());
                }
            }
        }
        List<Story> stories = new ArrayList<>(members.size());
        members.forEach((id, ids) -> stories.add(new Story(id, ids)));
        return stories;
    }

    /** Dated articles by date then id, then the undated in input order; repeated ids left out. */
    public static List<Article> publicationOrder(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        List<Article> dated = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        for (Article a : articles) {
            if (seen.add(a.id())) {
                (a.published() == null ? undated : dated).add(a);
            }
        }
        dated.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        dated.addAll(undated);
        return dated;
    }

    /** {@code "s-"} and the first 12 hex digits of the SHA-256 of the first article's id. */
    public static String storyId(String firstArticleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
