package org.crosscheck.pipeline;

import java.io.IOException;
import org.crosscheck.cluster.ArticleEmbedder;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.StoryStream;
import org.crosscheck.store.StoreWriter;
import org.crosscheck.store.StoredArticle;

/**
 * The clusterer's warm stories for one store, kept between ingest runs of one process (the
 * server ingests one request body after another). Before each run it replays, into their
 * recorded stories, only the articles written since it last saw the store: by this process or
 * by another writer. Without it, a run rebuilds the warm state from every stored article.
 */
public final class WarmStories implements AutoCloseable {

    private final ArticleEmbedder embedder;
    private final ClusterSettings settings;
    private StoryStream stream;
    private long seq;
    private long replayed;

    /**
     * @param settings how articles join stories (embeddings are used only when {@code embedder} is given)
     * @param embedder the article embedder for the join decision, or null for words and names alone
     */
    public WarmStories(ClusterSettings settings, ArticleEmbedder embedder) {
        this.embedder = embedder;
        this.settings = settings.withEmbeddings(embedder != null);
    }

    /**
     * The stream with the store's warm stories replayed into it: on first use the articles of the
     * stories that are still warm, later the articles written since.
     */
    StoryStream caughtUp(StoreWriter writer) throws IOException {
        java.util.function.Consumer<StoredArticle> replay = stored -> {
            float[] embedding = stored.embedding();
            stream.restore(embedding != null || embedder == null ? stream.prepare(stored.article(), embedding)
                    : stream.prepare(stored.article()), stored.storyId());
            replayed++;
        };
        if (stream == null) {
            stream = new StoryStream(settings, embedder);
            writer.replayWarm(settings.coldDays(), settings.coldArticles(), replay);
        } else {
            writer.replay(seq, replay);
        }
        seq = writer.lastSeq();
        return stream;
    }

    /** How many stored articles were replayed into the stream so far. */
    public long replayed() {
        return replayed;
    }

    /** The articles up to {@code seq} are in the stream: this process placed them. */
    void advanced(long lastSeq) {
        seq = lastSeq;
    }

    /** Forgets the stream (after a failed batch, whose placements the store does not hold). */
    void reset() {
        close();
    }

    ArticleEmbedder embedder() {
        return embedder;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        seq = 0;
    }
}
