package org.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/**
 * The one writer of a store: holds {@code write.lock} (an OS file lock, so a killed writer
 * leaves no stale lock), writes each batch in one SQLite transaction, then brings the Lucene
 * index up to the database. Not thread-safe: one ingest at a time uses it.
 */
public final class StoreWriter implements AutoCloseable {

    private final SqliteStore store;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection c;
    private final ArticleIndex.Writer index;
    private long rev;

    private StoreWriter(SqliteStore store, FileChannel lockChannel, FileLock lock, Connection c, ArticleIndex.Writer index) {
        this.store = store;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.c = c;
        this.index = index;
    }

    static StoreWriter open(SqliteStore store) throws IOException {
        StoreWriter w = tryOpen(store);
        if (w == null) {
            throw StoreException.locked(store.directory());
        }
        return w;
    }

    /** Catches the index up when no other writer holds the store; otherwise leaves it to that writer. */
    static void tryCatchUp(SqliteStore store) throws IOException {
        StoreWriter w = tryOpen(store);
        if (w != null) {
            w.close();
        }
    }

    private static StoreWriter tryOpen(SqliteStore store) throws IOException {
        FileChannel channel = FileChannel.open(store.directory().resolve(StoreSchema.LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        Connection c = null;
        ArticleIndex.Writer index = null;
        try {
            c = store.connect(false);
            long maxSeq = longOf(c, "SELECT coalesce(max(seq), 0) FROM articles");
            long maxRev = longOf(c, "SELECT coalesce(max(rev), 0) FROM stories");
            ArticleIndex idx = store.index();
            if (!idx.readable() || idx.mark().articleSeq() > maxSeq || idx.mark().storyRev() > maxRev) {
                idx.wipe(); // unreadable, or the index of another database: rebuilt from the rows below
            }
            index = idx.writer();
            StoreWriter w = new StoreWriter(store, channel, lock, c, index);
            w.rev = maxRev;
            w.catchUp();
            return w;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                if (index != null) {
                    index.close();
                }
                if (c != null) {
                    c.close();
                }
            } catch (SQLException | IOException ignored) {
                // the first failure is the one to report
            }
            lock.release();
            channel.close();
            if (e instanceof SQLException s) {
                throw StoreException.notAStore(store.directory(), s.getMessage());
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    /** Indexes every article and story revision the database holds beyond the index's mark. */
    void catchUp() throws IOException, SQLException {
        ArticleIndex.Mark mark = store.index().mark();
        long maxSeq = longOf("SELECT coalesce(max(seq), 0) FROM articles");
        if (mark.articleSeq() == maxSeq && mark.storyRev() == rev && store.index().hasCommit()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT a.seq, a.id, a.title, a.site, a.published, m.story_id, a.json"
                + " FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.seq > ? ORDER BY a.seq")) {
            s.setLong(1, mark.articleSeq());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String text = SqliteStore.parse(r.getString(7)).path("text").asText("");
                    index.article(new ArticleIndex.Entry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), text));
                }
            }
        }
        List<String> stories = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM stories WHERE rev > ? ORDER BY rev, id")) {
            s.setLong(1, mark.storyRev());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stories.add(r.getString(1));
                }
            }
        }
        for (String id : stories) {
            index.story(id, storyText(id));
        }
        List<String> absorbed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT old_id FROM story_redirects WHERE rev > ?")) {
            s.setLong(1, mark.storyRev());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    absorbed.add(r.getString(1));
                }
            }
        }
        for (String id : absorbed) {
            index.removeStory(id);
        }
        if (!absorbed.isEmpty()) {
            reindexArticlesOf(stories, mark.articleSeq());
        }
        index.commit(new ArticleIndex.Mark(maxSeq, rev));
    }

    /** Files again the articles (indexed before {@code seq}) of the given stories, under the story that now holds them. */
    private void reindexArticlesOf(List<String> stories, long seq) throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement("SELECT a.seq, a.id, a.title, a.site, a.published, m.story_id, a.json"
                + " FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? AND a.seq <= ?")) {
            for (String story : stories) {
                s.setString(1, story);
                s.setLong(2, seq);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String text = SqliteStore.parse(r.getString(7)).path("text").asText("");
                        index.article(new ArticleIndex.Entry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), text));
                    }
                }
            }
        }
    }

    /** What a story is found by: its headline, its claims and its articles' titles. */
    private String storyText(String id) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String sql : new String[] {"SELECT title FROM stories WHERE id = ?", "SELECT text FROM claims WHERE story_id = ?",
            "SELECT a.title FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?"}) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (r.getString(1) != null) {
                            text.append(r.getString(1)).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    /** Starts a run; its row is committed at once, so a crashed run still shows. */
    public long startRun() throws IOException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (started) VALUES (?)")) {
            s.setString(1, Instant.now().toString());
            s.executeUpdate();
            return longOf("SELECT last_insert_rowid()");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Ends a run with what it did. */
    public void finishRun(long run, int skipped, int storiesTouched) throws IOException {
        try (PreparedStatement s = c.prepareStatement("UPDATE runs SET ended = ?, skipped = ?, stories_touched = ? WHERE id = ?")) {
            s.setString(1, Instant.now().toString());
            s.setInt(2, skipped);
            s.setInt(3, storiesTouched);
            s.setLong(4, run);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Whether the store holds an article with this id. */
    public boolean holdsId(String id) throws IOException {
        return exists("SELECT 1 FROM articles WHERE id = ?", s -> s.setString(1, id));
    }

    /** Whether the store holds an article with this normalised-text hash. */
    public boolean holdsText(long hash) throws IOException {
        return exists("SELECT 1 FROM articles WHERE text_hash = ?", s -> s.setLong(1, hash));
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private boolean exists(String sql, Binder binder) throws IOException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The members of a story, in their order in the story. */
    public List<StoredArticle> members(String storyId) throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.seq, a.json, a.embedding FROM story_articles m"
                + " JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY m.position")) {
            s.setString(1, storyId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredArticle(r.getLong(1), article(SqliteStore.parse(r.getString(2))), floats(r.getBytes(3)), storyId));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /** Every article of the store after {@code seq} with its story, in ingest order. */
    public void replay(long afterSeq, Consumer<StoredArticle> to) throws IOException {
        try (PreparedStatement s = c.prepareStatement("SELECT a.seq, a.json, a.embedding, m.story_id FROM articles a"
                + " JOIN story_articles m ON m.article_id = a.id WHERE a.seq > ? ORDER BY a.seq")) {
            s.setLong(1, afterSeq);
            try (ResultSet r = s.executeQuery()) {
                stored(r, to);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The articles of the stories that are still warm: those whose latest member came less than
     * {@code coldArticles} articles ago and whose latest date is less than {@code coldDays}
     * before the store's newest (undated stories by the count alone), in ingest order. A full
     * replay would evict the other stories before its end; leaving them out gives the same warm
     * stories without reading the whole store.
     */
    public void replayWarm(int coldDays, int coldArticles, Consumer<StoredArticle> to) throws IOException {
        try {
            long maxSeq = longOf("SELECT coalesce(max(seq), 0) FROM articles");
            String newest;
            try (PreparedStatement s = c.prepareStatement("SELECT max(last) FROM stories"); ResultSet r = s.executeQuery()) {
                newest = r.next() ? r.getString(1) : null;
            }
            String day = newest == null ? "" : PartialDate.parseIso(newest).map(d -> d.lastDay().minusDays(coldDays + 1L).toString())
                    .orElse("");
            try (PreparedStatement s = c.prepareStatement("SELECT a.seq, a.json, a.embedding, m.story_id FROM articles a"
                    + " JOIN story_articles m ON m.article_id = a.id JOIN stories t ON t.id = m.story_id"
                    + " WHERE (t.last IS NULL OR t.last >= ? OR (length(t.last) = 7 AND t.last >= substr(?, 1, 7))"
                    + " OR (length(t.last) = 4 AND t.last >= substr(?, 1, 4)))"
                    + " AND m.story_id IN (SELECT sm.story_id FROM story_articles sm JOIN articles sa ON sa.id = sm.article_id"
                    + " GROUP BY sm.story_id HAVING max(sa.seq) > ?) ORDER BY a.seq")) {
                s.setString(1, day);
                s.setString(2, day);
                s.setString(3, day);
                s.setLong(4, maxSeq - coldArticles);
                try (ResultSet r = s.executeQuery()) {
                    stored(r, to);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Hands each row of (seq, json, embedding, story id) to {@code to} as a stored article. */
    private void stored(ResultSet r, Consumer<StoredArticle> to) throws SQLException, IOException {
        while (r.next()) {
            to.accept(new StoredArticle(r.getLong(1), article(SqliteStore.parse(r.getString(2))), floats(r.getBytes(3)), r.getString(4)));
        }
    }

    /** The {@code seq} of the last article written, 0 for none. */
    public long lastSeq() throws IOException {
        try {
            return longOf("SELECT coalesce(max(seq), 0) FROM articles");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** How many articles the store holds. */
    public long articleCount() throws IOException {
        try {
            return longOf("SELECT count(*) FROM articles");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Writes one batch in one transaction: the new articles, the membership and rows of every
     * story it touched (its claims and provenance links too), and the run's counts; then
     * indexes what it wrote. After a crash the batch is either all there or not at all.
     */
    public void write(long run, List<AddedArticle> added, List<AnalysedStory> stories, int duplicates) throws IOException {
        write(run, added, stories, duplicates, Map.of());
    }

    /**
     * Writes one batch as {@link #write(long, List, List, int)} does, and first removes each story of
     * {@code absorbed} (its rows, claims and links), recording that its id now leads to the story it
     * was merged into, which must be among {@code stories}; ids that led to an absorbed story lead on
     * to the same story. The index drops the absorbed stories and files their articles anew.
     */
    public void write(long run, List<AddedArticle> added, List<AnalysedStory> stories, int duplicates,
                      Map<String, String> absorbed) throws IOException {
        String now = Instant.now().toString();
        try {
            c.setAutoCommit(false);
            try {
                insertArticles(run, added, now);
                if (!stories.isEmpty() || !absorbed.isEmpty()) {
                    rev++;
                }
                for (Map.Entry<String, String> e : absorbed.entrySet()) {
                    absorb(e.getKey(), e.getValue());
                }
                for (AnalysedStory story : stories) {
                    putStory(run, story, now);
                }
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE runs SET added = added + ?, duplicates = duplicates + ?, batches = batches + 1 WHERE id = ?")) {
                    s.setInt(1, added.size());
                    s.setInt(2, duplicates);
                    s.setLong(3, run);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                rev = longOf("SELECT coalesce(max(rev), 0) FROM stories");
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            catchUp();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Writes the sentence annotations waiting in the store's archive ({@link SqliteStore#annotations()})
     * in one transaction of their own: they are a cache, so a batch whose annotations are lost
     * to a crash is still whole.
     */
    public void keepAnnotations() throws IOException {
        Map<String, byte[]> waiting = store.annotations().drain();
        if (waiting.isEmpty()) {
            return;
        }
        try {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO sentence_annotations (key, body) VALUES (?, ?)")) {
                for (Map.Entry<String, byte[]> e : waiting.entrySet()) {
                    s.setString(1, e.getKey());
                    s.setBytes(2, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void insertArticles(long run, List<AddedArticle> added, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, text_hash, run_id, ingested, title, site,"
                + " published, json, embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AddedArticle a : added) {
                Article art = a.article();
                s.setString(1, art.id());
                s.setLong(2, a.textHash());
                s.setLong(3, run);
                s.setString(4, now);
                s.setString(5, art.title());
                s.setString(6, art.site());
                s.setString(7, art.published() == null ? null : art.published().toString());
                s.setString(8, a.json());
                s.setBytes(9, bytes(a.embedding()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void putStory(long run, AnalysedStory story, String now) throws SQLException {
        update("DELETE FROM story_articles WHERE story_id = ?", story.id());
        update("DELETE FROM claims WHERE story_id = ?", story.id());
        update("DELETE FROM provenance WHERE story_id = ?", story.id());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO story_articles (article_id, story_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (Article a : story.members()) {
                s.setString(1, a.id());
                s.setString(2, story.id());
                s.setInt(3, position++);
                s.addBatch();
            }
            s.executeBatch();
        }
        PartialDate first = null;
        PartialDate last = null;
        for (Article a : story.members()) {
            if (a.published() != null) {
                first = first == null || a.published().compareTo(first) < 0 ? a.published() : first;
                last = last == null || a.published().compareTo(last) > 0 ? a.published() : last;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO stories (id, title, article_count, first, last,"
                + " conflict_count, sort_date, json, analysed_run, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, story.id());
            s.setString(2, story.title() == null ? "" : story.title());
            s.setInt(3, story.members().size());
            s.setString(4, first == null ? null : first.toString());
            s.setString(5, last == null ? null : last.toString());
            s.setInt(6, story.conflicts());
            s.setString(7, last == null ? now : last.toString());
            s.setString(8, ReportCodec.write(story.report()));
            s.setLong(9, run);
            s.setLong(10, rev);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO claims (story_id, id, text, status, sources,"
                + " independent_sources) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AnalysedStory.ClaimRow claim : story.claims()) {
                s.setString(1, story.id());
                s.setString(2, claim.id());
                s.setString(3, claim.text() == null ? "" : claim.text());
                s.setString(4, claim.status());
                s.setInt(5, claim.sources());
                s.setInt(6, claim.independentSources());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO provenance (story_id, from_article, to_article, kind, overlap)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            for (AnalysedStory.LinkRow link : story.links()) {
                s.setString(1, story.id());
                s.setString(2, link.from());
                s.setString(3, link.to());
                s.setString(4, link.kind());
                s.setDouble(5, link.overlap());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Removes story {@code from}, whose articles the story {@code into} now holds, and leads its id there. */
    private void absorb(String from, String into) throws SQLException {
        for (String table : new String[] {"story_articles", "claims", "provenance"}) {
            update("DELETE FROM " + table + " WHERE story_id = ?", from);
        }
        update("DELETE FROM stories WHERE id = ?", from);
        update("DELETE FROM story_redirects WHERE old_id = ?", into);
        try (PreparedStatement s = c.prepareStatement("UPDATE story_redirects SET new_id = ?, rev = ? WHERE new_id = ?")) {
            s.setString(1, into);
            s.setLong(2, rev);
            s.setString(3, from);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO story_redirects (old_id, new_id, rev) VALUES (?, ?, ?)")) {
            s.setString(1, from);
            s.setString(2, into);
            s.setLong(3, rev);
            s.executeUpdate();
        }
    }

    /**
     * The ids of the stories whose dated span comes within the given days (undated stories not
     * among them), in the order they were stored.
     */
    public List<String> storiesWithin(LocalDate from, LocalDate to) throws IOException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, first, last FROM stories WHERE last IS NOT NULL"
                + " AND substr(last, 1, 10) >= ? AND substr(first, 1, 10) <= ? ORDER BY first, id")) {
            s.setString(1, from.toString().substring(0, 4));
            s.setString(2, to.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    PartialDate first = PartialDate.parseIso(r.getString(2)).orElse(null);
                    PartialDate last = PartialDate.parseIso(r.getString(3)).orElse(null);
                    if (first != null && last != null && !last.lastDay().isBefore(from) && !first.firstDay().isAfter(to)) {
                        ids.add(r.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return ids;
    }

    private void update(String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    private long longOf(String sql) throws SQLException {
        return longOf(c, sql);
    }

    private static long longOf(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * An article back from its object of the public interface, one line of JSON (as the store
     * keeps it and as {@code crosscheck spark} writes it).
     *
     * @throws IOException when the line is not a JSON object
     */
    public static Article article(String objectJson) throws IOException {
        JsonNode n = SqliteStore.parse(objectJson);
        if (!n.isObject()) {
            throw new IOException("not a JSON object");
        }
        return article(n);
    }

    /** An article back from its stored object (the article object of the public interface). */
    static Article article(JsonNode n) {
        String published = text(n, "published");
        return new Article(n.path("id").asText(), n.path("source").asText(), text(n, "url"), text(n, "title"), text(n, "byline"),
                published == null ? null : PartialDate.parseIso(published).orElse(null), text(n, "site"), text(n, "language"),
                n.path("text").asText(""), text(n, "outlet"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static byte[] bytes(float[] v) {
        if (v == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] floats(byte[] b) {
        if (b == null) {
            return null;
        }
        float[] v = new float[b.length / 4];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    private IOException failure(SQLException e) {
        return new IOException("store " + store.directory() + ": " + e.getMessage(), e);
    }

    /** Releases the write lock; what was not written by {@link #write} is not kept. */
    @Override
    public void close() throws IOException {
        try {
            index.close();
            c.close();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
