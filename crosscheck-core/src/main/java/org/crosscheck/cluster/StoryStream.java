package org.crosscheck.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.extract.Article;

/**
 * Incremental story clustering: articles come one at a time, in publication order (file order
 * when undated), and each joins the warm story it scores best with, when that score reaches the
 * threshold, or opens a new story.
 *
 * <p>Candidates: the article's strongest title and lead words and names make a query. First the
 * stories of the articles added since the index was last reopened that hold a query term (found
 * through an in-memory map; the index is reopened every {@code refreshEvery} articles, so which
 * articles are searchable never depends on timing) are scored; when none scores
 * {@code searchBelow} times the join threshold, the query also runs as a BM25 search (Lucene,
 * over the stemmed title and lead words and the name words of the indexed articles: a story's
 * first {@code indexedMembers}, then its members at powers of two) and the stories of the best hits are scored too. Decision: a
 * weighted sum of the cosine of the article's TF-IDF vector with the story's centroid, the same
 * for its name words, and, with an embedder, the cosine of its embedding with the story's mean
 * embedding. IDF is counted over the warm articles.
 *
 * <p>Time: a story goes cold when a dated article comes more than {@code coldDays} after the
 * story's latest dated member, or when {@code coldArticles} articles have come since its latest
 * member. A cold story leaves the index and memory for good, so memory follows the warm window,
 * not the stream. An undated article has no date gap to any story. An article whose id is warm
 * already is not added again: its placement is given back. Not thread-safe; deterministic.
 */
public final class StoryStream implements AutoCloseable {

    private final ClusterSettings settings;
    private final ArticleEmbedder embedder;
    private final ClusterSettings.JoinScore join;
    private final TermCounter counter;
    private final Vocabulary words = new Vocabulary();
    private final Vocabulary names = new Vocabulary();
    private final CandidateIndex index = new CandidateIndex();

    private final Map<Long, StoryState> warm = new HashMap<>();
    private final Map<String, StoryState> warmById = new HashMap<>();
    private final Map<String, StoryState> warmArticleStory = new HashMap<>();
    private final TreeSet<StoryState> byLatestDay = new TreeSet<>(
            Comparator.<StoryState>comparingLong(s -> s.latest.toEpochDay()).thenComparingLong(s -> s.no));
    private final TreeMap<Long, StoryState> byLastArticle = new TreeMap<>();
    /** Title and lead words and names of the articles added since the index was last reopened, to their stories. */
    private final Map<String, List<StoryState>> recentWords = new HashMap<>();
    private final Map<String, List<StoryState>> recentNames = new HashMap<>();
    private int recent;
    private long nextStory;
    private long seq;
    private int warmArticles;
    private long searches;

    /** A warm member: what must be undone when its story goes cold. */
    private record Member(String id, Vocabulary.Entry[] words, Vocabulary.Entry[] names) {
    }

    private static final class StoryState {
        final long no;
        final String id;
        final List<Member> members = new ArrayList<>();
        final Centroid words = new Centroid();
        final Centroid names = new Centroid();
        float[] embedding;
        LocalDate latest;
        long lastArticle;
        boolean cold;
        /** The article ({@code seq}) for which this story was last taken as a candidate. */
        long candidateFor;

        StoryState(long no, String id) {
            this.no = no;
            this.id = id;
        }
    }

    /**
     * @param settings the numbers to run on
     * @param embedder the article embedder, or null for lexical and name similarity only; also
     *                 unused when {@link ClusterSettings#embeddings()} is off
     */
    public StoryStream(ClusterSettings settings, ArticleEmbedder embedder) {
        this.settings = settings;
        this.embedder = settings.embeddings() ? embedder : null;
        this.join = settings.joinScore(this.embedder != null);
        this.counter = new TermCounter(settings);
    }

    /** Whether embeddings take part in the decisions of this stream. */
    public boolean usesEmbeddings() {
        return embedder != null;
    }

    /**
     * The article made ready for {@link #add(PreparedArticle)}: a pure function of the article
     * and the settings, safe to call from any thread, ahead of the stream.
     */
    public PreparedArticle prepare(Article article) {
        return prepared(article, embedder == null ? null : embedder.embed(article));
    }

    /**
     * The article made ready with an embedding computed already (null without embeddings), for
     * callers that keep embeddings, such as a store that rebuilds a stream from its rows.
     */
    public PreparedArticle prepare(Article article, float[] embedding) {
        return prepared(article, embedding);
    }

    /** The article made ready with an embedding computed already (null without embeddings). */
    PreparedArticle prepared(Article article, float[] embedding) {
        return new PreparedArticle(article.id(), article.published(), counter.count(article),
                this.embedder == null ? null : embedding);
    }

    /** Places one article: {@code add(prepare(article))}. */
    public Placement add(Article article) {
        StoryState known = warmArticleStory.get(article.id());
        if (known != null) {
            return new Placement(article.id(), known.id, false, 0);
        }
        return add(prepare(article));
    }

    /** Places one prepared article; articles must come in publication order for the cold gaps to hold. */
    public Placement add(PreparedArticle article) {
        StoryState known = warmArticleStory.get(article.id());
        if (known != null) {
            return new Placement(article.id(), known.id, false, 0);
        }
        seq++;
        coolDown(article.published());
        ArticleTerms terms = article.terms();
        Vocabulary.Weighted wordVector = words.vector(terms.words(), warmArticles);
        Vocabulary.Weighted nameVector = names.vector(terms.names(), warmArticles);
        float[] embedding = embedder == null ? null : article.embedding();

        Map<String, Double> queryWords = strongest(wordVector, terms.head(), settings.candidateTerms());
        Map<String, Double> queryNames = strongest(nameVector, null, settings.candidateNames());
        Best best = new Best();
        for (StoryState s : recentCandidates(queryWords, queryNames)) {
            best.offer(s, score(s, wordVector.vector(), nameVector.vector(), embedding));
        }
        if ((best.story == null || best.score < settings.searchBelow() * join.threshold()) && index.searchable() > 0) {
            searches++;
            for (long no : index.search(queryWords, queryNames, settings.candidateHits())) {
                StoryState s = warm.get(no);
                if (s != null && s.candidateFor != seq) {
                    s.candidateFor = seq;
                    best.offer(s, score(s, wordVector.vector(), nameVector.vector(), embedding));
                }
            }
        }
        boolean opened = best.story == null || best.score < join.threshold();
        StoryState story = opened ? open(article.id()) : best.story;
        join(story, article, wordVector, nameVector, embedding, terms);
        remember(story, terms);
        return new Placement(article.id(), story.id, opened, best.score);
    }

    /**
     * Puts an article into the story given, without deciding: how a store rebuilds the warm
     * state of an earlier stream from its rows, replaying its articles in their first order.
     * The story is opened under that id when it is not warm; the cold gaps apply as in
     * {@link #add(PreparedArticle)}. An article whose id is warm already is not added again.
     */
    public Placement restore(PreparedArticle article, String storyId) {
        StoryState known = warmArticleStory.get(article.id());
        if (known != null) {
            return new Placement(article.id(), known.id, false, 0);
        }
        seq++;
        coolDown(article.published());
        ArticleTerms terms = article.terms();
        Vocabulary.Weighted wordVector = words.vector(terms.words(), warmArticles);
        Vocabulary.Weighted nameVector = names.vector(terms.names(), warmArticles);
        StoryState story = warmById.get(storyId);
        boolean opened = story == null;
        if (opened) {
            story = openAs(storyId);
        }
        join(story, article, wordVector, nameVector, embedder == null ? null : article.embedding(), terms);
        remember(story, terms);
        return new Placement(article.id(), story.id, opened, 0);
    }

    /** The best-scoring candidate so far; ties go to the older story, so the order of offers does not matter. */
    private static final class Best {
        StoryState story;
        double score;

        void offer(StoryState s, double value) {
            if (value > score || (value == score && story != null && s.no < story.no)) {
                score = value;
                story = s;
            }
        }
    }

    private double score(StoryState s, SparseVector wordVector, SparseVector nameVector, float[] embedding) {
        double score = join.lexical() * s.words.cosine(wordVector);
        if (join.entities() > 0) {
            score += join.entities() * s.names.cosine(nameVector);
        }
        if (embedding != null && join.embedding() > 0) {
            score += join.embedding() * embeddingCosine(s.embedding, embedding);
        }
        return score;
    }

    private static double embeddingCosine(float[] sum, float[] v) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            dot += sum[i] * v[i];
            norm += sum[i] * sum[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    /**
     * The warm stories of the articles added since the index was last reopened that hold one of
     * the query's words or names: what the search would find among them, without ranking.
     */
    private List<StoryState> recentCandidates(Map<String, Double> queryWords, Map<String, Double> queryNames) {
        List<StoryState> found = new ArrayList<>();
        addRecent(queryWords.keySet(), recentWords, found);
        addRecent(queryNames.keySet(), recentNames, found);
        return found;
    }

    private void addRecent(java.util.Set<String> query, Map<String, List<StoryState>> recentByTerm, List<StoryState> found) {
        for (String term : query) {
            List<StoryState> stories = recentByTerm.get(term);
            if (stories != null) {
                for (StoryState s : stories) {
                    if (!s.cold && s.candidateFor != seq) {
                        s.candidateFor = seq;
                        found.add(s);
                    }
                }
            }
        }
    }

    /**
     * The {@code limit} heaviest terms of a vector that some warm article holds already (only
     * those in {@code within} when given) with their weights, ties by term id. A term no warm
     * article holds can find no story: it would only take the place of one that can.
     */
    private static Map<String, Double> strongest(Vocabulary.Weighted v, Map<String, Integer> within, int limit) {
        int n = v.entries().length;
        double[] w = v.vector().weights();
        long[] order = new long[n]; // positions of the terms that may go into the query
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (v.entries()[i].df > 0 && (within == null || within.containsKey(v.entries()[i].term))) {
                order[k++] = i;
            }
        }
        Integer[] boxed = null;
        if (k > limit) {
            boxed = new Integer[k];
            for (int i = 0; i < k; i++) {
                boxed[i] = (int) order[i];
            }
            java.util.Arrays.sort(boxed, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(a, b));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(k, limit); i++) {
            int at = boxed == null ? (int) order[i] : boxed[i];
            out.put(v.entries()[at].term, w[at]);
        }
        return out;
    }

    private StoryState open(String firstArticleId) {
        return openAs(StoryClusterer.storyId(firstArticleId));
    }

    private StoryState openAs(String storyId) {
        StoryState s = new StoryState(nextStory++, storyId);
        warm.put(s.no, s);
        warmById.put(s.id, s);
        return s;
    }

    private void join(StoryState s, PreparedArticle article, Vocabulary.Weighted wordVector, Vocabulary.Weighted nameVector,
                      float[] embedding, ArticleTerms terms) {
        s.members.add(new Member(article.id(), wordVector.entries(), nameVector.entries()));
        s.words.add(wordVector.vector());
        s.names.add(nameVector.vector());
        if (embedding != null) {
            if (s.embedding == null) {
                s.embedding = new float[embedding.length];
            }
            for (int i = 0; i < embedding.length; i++) {
                s.embedding[i] += embedding[i];
            }
        }
        Vocabulary.enter(wordVector.entries());
        Vocabulary.enter(nameVector.entries());
        warmArticles++;
        warmArticleStory.put(article.id(), s);
        if (article.published() != null) {
            LocalDate last = article.published().lastDay();
            if (s.latest == null || last.isAfter(s.latest)) {
                if (s.latest != null) {
                    byLatestDay.remove(s);
                }
                s.latest = last;
                byLatestDay.add(s);
            }
        }
        byLastArticle.remove(s.lastArticle);
        s.lastArticle = seq;
        byLastArticle.put(seq, s);

        if (indexed(s.members.size())) {
            index.add(s.no, terms.head(), terms.names());
        }
    }

    /**
     * Whether a story's {@code member}-th article (from 1) goes into the index: the first
     * {@code indexedMembers}, then those at powers of two. A story is found by its first reports
     * and by a sample of its later wording that grows with the log of its size, so the index
     * follows the number of warm stories, not their sizes; its latest members are in the recent
     * map until the next reopening in any case.
     */
    private boolean indexed(int member) {
        return member <= settings.indexedMembers() || (member & (member - 1)) == 0;
    }

    /** Makes the article findable: directly until the index is next reopened, then by search. */
    private void remember(StoryState s, ArticleTerms terms) {
        note(s, terms.head(), recentWords);
        note(s, terms.names(), recentNames);
        if (++recent >= settings.refreshEvery()) {
            index.refresh();
            recentWords.clear();
            recentNames.clear();
            recent = 0;
        }
    }

    /** Files the story under each term, once: a story's members often share their words. */
    private static void note(StoryState s, Map<String, Integer> terms, Map<String, List<StoryState>> recentByTerm) {
        for (String w : terms.keySet()) {
            List<StoryState> stories = recentByTerm.computeIfAbsent(w, k -> new ArrayList<>(2));
            if (stories.isEmpty() || stories.get(stories.size() - 1) != s) {
                stories.add(s);
            }
        }
    }

    /** Sends the stories that are cold for this article, and so for every later one, out of memory. */
    private void coolDown(org.crosscheck.time.PartialDate published) {
        while (!byLastArticle.isEmpty() && seq - byLastArticle.firstKey() > settings.coldArticles()) {
            evict(byLastArticle.firstEntry().getValue());
        }
        if (published != null) {
            LocalDate earliestWarm = published.firstDay().minusDays(settings.coldDays());
            while (!byLatestDay.isEmpty() && byLatestDay.first().latest.isBefore(earliestWarm)) {
                evict(byLatestDay.first());
            }
        }
    }

    private void evict(StoryState s) {
        s.cold = true;
        warm.remove(s.no);
        warmById.remove(s.id, s);
        byLastArticle.remove(s.lastArticle);
        if (s.latest != null) {
            byLatestDay.remove(s);
        }
        for (Member m : s.members) {
            words.leave(m.words());
            names.leave(m.names());
            warmArticleStory.remove(m.id());
        }
        warmArticles -= s.members.size();
        index.deleteStory(s.no);
    }

    /** Stories that can still be joined. */
    public int warmStories() {
        return warm.size();
    }

    /** Articles of the warm stories (all indexed, some not yet searchable). */
    public int warmArticles() {
        return warmArticles;
    }

    /** Distinct word and name terms of the warm articles. */
    public int warmTerms() {
        return words.size() + names.size();
    }

    /** How many times the index was searched. */
    long searches() {
        return searches;
    }

    /** Articles in the candidate index and searchable now. */
    int searchableArticles() {
        return index.searchable();
    }

    @Override
    public void close() {
        index.close();
    }
}
