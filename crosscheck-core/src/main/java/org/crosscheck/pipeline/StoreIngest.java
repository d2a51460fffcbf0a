package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.cluster.ArticleEmbedder;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.cluster.Placement;
import org.crosscheck.cluster.Story;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.cluster.StoryStream;
import org.crosscheck.dedup.Murmur3Hash64;
import org.crosscheck.dedup.TextNormalizer;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.AddedArticle;
import org.crosscheck.store.AnalysedStory;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoreWriter;

/**
 * One ingest run into a store, the incremental counterpart of the batch run of
 * {@link Pipeline#analyze}: articles come one at a time and go in batches. For each batch:
 * articles the store holds already (same id, or the same normalised text) are counted as
 * duplicates and left alone; the new ones are placed into stories by a {@link StoryStream}
 * whose warm state was rebuilt from the store when the run started, so they join existing
 * stories, which keep their ids; only the stories they touched are analysed again, each over
 * all its articles; the batch is written in one transaction, then indexed.
 *
 * <p>Holds the store's write lock from {@link #start} to {@link #close}. Not thread-safe.
 */
public final class StoreIngest implements AutoCloseable {

    private final StoreWriter writer;
    private final IngestSettings settings;
    private final ArticleEmbedder embedder;
    private final StoryAnalyst analyst;
    private final SameEventFinder sameEvents;
    private final IngestListener listener;
    private final WarmStories warm;
    private final boolean ownsWarm;
    private StoryStream stream;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final long run;
    private final long started = System.nanoTime();
    private final List<Article> pending = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private final List<SkippedInput> skipped = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int added;
    private int duplicates;
    private long total;

    private StoreIngest(StoreWriter writer, IngestSettings settings, WarmStories warm, boolean ownsWarm, StoryAnalyst analyst,
                        SameEventFinder sameEvents, IngestListener listener) throws IOException {
        this.writer = writer;
        this.settings = settings;
        this.warm = warm;
        this.ownsWarm = ownsWarm;
        this.embedder = warm.embedder();
        this.analyst = analyst;
        this.sameEvents = sameEvents;
        this.listener = listener;
        try {
            this.stream = warm.caughtUp(writer);
        } catch (IOException | RuntimeException e) {
            warm.reset();
            throw e;
        }
        this.total = writer.articleCount();
        this.run = writer.startRun();
    }

    /**
     * Starts a run: takes the store's write lock and rebuilds the warm stories from its rows. No
     * stories are merged as one event.
     *
     * @param cluster  how articles join stories
     * @param embedder the article embedder for the join decision, or null for words and names alone
     * @throws org.crosscheck.store.StoreException when another writer holds the store
     */
    public static StoreIngest start(SqliteStore store, IngestSettings settings, ClusterSettings cluster,
                                    ArticleEmbedder embedder, StoryAnalyst analyst,
                                    IngestListener listener) throws IOException {
        return start(store, settings, new WarmStories(cluster, embedder), true, analyst, SameEventFinder.NONE, listener);
    }

    /**
     * Starts a run with warm stories kept from earlier runs of this process: only the articles
     * written since they last saw the store are replayed. The warm stories outlive the run. No
     * stories are merged as one event.
     */
    public static StoreIngest startWarm(SqliteStore store, IngestSettings settings, WarmStories warm, StoryAnalyst analyst,
                                        IngestListener listener) throws IOException {
        return start(store, settings, warm, false, analyst, SameEventFinder.NONE, listener);
    }

    /**
     * Starts a run with warm stories kept from earlier runs of this process, in which each batch's
     * stories are merged with the stored stories that {@code sameEvents} finds to tell one event.
     */
    public static StoreIngest startWarm(SqliteStore store, IngestSettings settings, WarmStories warm, StoryAnalyst analyst,
                                        SameEventFinder sameEvents, IngestListener listener) throws IOException {
        return start(store, settings, warm, false, analyst, sameEvents, listener);
    }

    private static StoreIngest start(SqliteStore store, IngestSettings settings, WarmStories warm, boolean ownsWarm,
                                     StoryAnalyst analyst, SameEventFinder sameEvents, IngestListener listener) throws IOException {
        StoreWriter writer = store.writer();
        try {
            return new StoreIngest(writer, settings, warm, ownsWarm, analyst, sameEvents, listener);
        } catch (IOException | RuntimeException e) {
            writer.close();
            if (ownsWarm) {
                warm.close();
            }
            throw e;
        }
    }

    /** Takes one extracted article; a full batch is written before this returns. */
    public void article(Article article) {
        pending.add(article);
        if (pending.size() >= settings.batchSize()) {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Takes one input that could not be read. */
    public void skipped(SkippedInput s) {
        skipped.add(s);
        listener.skipped(s);
    }

    /** Writes the last batch and ends the run. */
    public IngestSummary finish() throws IOException {
        flush();
        writer.finishRun(run, skipped.size(), touched.size());
        return new IngestSummary(run, added, duplicates, skipped, touched.size(), problems, (System.nanoTime() - started) / 1e9);
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            place();
        } catch (IOException | RuntimeException e) {
            warm.reset(); // the stream placed articles the store does not hold
            throw e;
        }
    }

    private void place() throws IOException {
        List<Article> fresh = new ArrayList<>();
        Map<String, Long> hashOf = new LinkedHashMap<>();
        Set<Long> hashes = new HashSet<>();
        int dups = 0;
        for (Article a : pending) {
            long hash = Murmur3Hash64.hash(normalizer.normalize(a.text()));
            if (hashOf.containsKey(a.id()) || !hashes.add(hash) || writer.holdsId(a.id()) || writer.holdsText(hash)) {
                dups++;
            } else {
                hashOf.put(a.id(), hash);
                fresh.add(a);
            }
        }
        pending.clear();
        List<Article> ordered = StoryClusterer.publicationOrder(fresh);
        List<float[]> vectors = embedder == null || ordered.isEmpty() ? null : embedder.embedAll(ordered);
        Map<String, List<Article>> newByStory = new LinkedHashMap<>();
        List<AddedArticle> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            float[] vector = vectors == null ? null : vectors.get(i);
            Placement p = stream.add(stream.prepare(a, vector));
            newByStory.computeIfAbsent(p.storyId(), k -> new ArrayList<>()).add(a);
            rows.add(AnalysedStories.added(a, hashOf.get(a.id()), vector, p.storyId()));
        }
        List<Story> stories = new ArrayList<>();
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<String, List<Article>> membersOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<Article>> e : newByStory.entrySet()) {
            List<Article> held = new ArrayList<>();
            writer.members(e.getKey()).forEach(s -> held.add(s.article()));
            held.addAll(e.getValue());
            List<Article> members = StoryClusterer.publicationOrder(held);
            members.forEach(a -> byId.put(a.id(), a));
            membersOf.put(e.getKey(), members);
            stories.add(new Story(e.getKey(), members.stream().map(Article::id).toList()));
        }
        List<AnalysedStory> analysed = new ArrayList<>();
        Map<String, String> absorbed = new LinkedHashMap<>();
        if (!stories.isEmpty()) {
            List<Story> merged = StoredStoryMerge.merged(stories, byId, membersOf, absorbed, writer, sameEvents);
            List<Story> toAnalyse = new ArrayList<>(stories.stream().filter(st -> !absorbed.containsKey(st.id())
                    && merged.stream().noneMatch(m -> m.id().equals(st.id()))).toList());
            toAnalyse.addAll(merged);
            Report report = analyst.analyze(toAnalyse, byId);
            for (String problem : report.problems()) {
                problems.add(problem);
                listener.problem(problem);
            }
            for (StoryReport r : report.stories()) {
                analysed.add(AnalysedStories.of(r, membersOf.get(r.id())));
            }
        }
        writer.write(run, rows, analysed, dups, absorbed);
        writer.keepAnnotations();
        if (absorbed.isEmpty()) {
            warm.advanced(writer.lastSeq());
        } else {
            warm.reset(); // the warm stories hold the absorbed ones apart: replayed from the store as merged
            stream = warm.caughtUp(writer);
        }
        touched.removeAll(absorbed.keySet());
        touched.addAll(analysed.stream().map(AnalysedStory::id).toList());
        added += rows.size();
        duplicates += dups;
        total += rows.size();
        listener.batchDone(rows.size(), dups, total);
    }

    /** Releases the store's write lock; a batch not yet written is dropped. */
    @Override
    public void close() throws IOException {
        try {
            if (ownsWarm) {
                warm.close();
            }
        } finally {
            writer.close();
        }
    }
}
