package org.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.crosscheck.extract.Article;
import org.crosscheck.report.OutletRole;
import org.crosscheck.report.StoryReport;
import org.sqlite.SQLiteConfig;

/**
 * A store in one directory: {@code crosscheck.db} (SQLite, WAL mode) and {@code index/}
 * (Lucene). Readers on any number of threads see the last committed ingest batch while one
 * writer ({@link #writer()}, guarded by {@code write.lock} across processes) adds more.
 */
public final class SqliteStore implements Store {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STORY_MATCHES = 10_000;
    private static final int IDLE_READERS = 8;

    private final Path dir;
    private final String url;
    private final boolean readOnly;
    private final ArticleIndex index;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE_READERS);
    private volatile boolean closed;
    private final Object outletLock = new Object();
    private volatile OutletsAt outletCache;
    private final SentenceAnnotations annotations = new SentenceAnnotations(this);

    /** The outlet network as of a state of the stories table. */
    private record OutletsAt(String stamp, OutletNetwork network) {
    }

    private SqliteStore(Path dir, ArticleIndex index) {
        this.dir = dir;
        this.url = "jdbc:sqlite:" + dir.resolve(StoreSchema.DATABASE);
        this.readOnly = false;
        this.index = index;
    }

    /** A read-only store: SQLite opened with {@code mode=ro}, and {@code immutable=1} where even that cannot open it. */
    private SqliteStore(Path dir, ArticleIndex index, boolean immutable) {
        this.dir = dir;
        this.url = "jdbc:sqlite:" + dir.toAbsolutePath().resolve(StoreSchema.DATABASE).toUri() + "?mode=ro" + (immutable ? "&immutable=1" : "");
        this.readOnly = true;
        this.index = index;
    }

    /**
     * Opens the store in {@code dir}, creating it when it does not exist. When no other process
     * is writing, an index that lags behind the database (after a crash) is caught up, and one
     * that cannot be read is rebuilt, before this returns.
     *
     * @throws StoreException when the store was written by a newer schema version
     */
    public static SqliteStore open(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw StoreException.notAStore(dir, "it is a file, not a directory");
        }
        Files.createDirectories(abs);
        SqliteStore store = new SqliteStore(dir, new ArticleIndex(abs.resolve(StoreSchema.INDEX)));
        try (Connection c = store.connect(false)) {
            StoreSchema.prepare(c, dir);
        } catch (SQLException e) {
            store.close();
            throw StoreException.notAStore(dir, e.getMessage());
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        try {
            StoreWriter.tryCatchUp(store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens the store in {@code dir} for reading only: nothing in the directory is created or
     * written, so a store on a read-only disk or without write permission can be served. The
     * database is opened with SQLite's {@code mode=ro}, which still sees what a writer commits
     * meanwhile; where SQLite cannot open it so (a WAL database in a directory it cannot write
     * and without its {@code -shm} file), it is opened {@code immutable=1}, which reads the
     * database file as it is. The search index is read as it is, never caught up or rebuilt.
     *
     * @throws StoreException when there is no store, or one written by a newer schema version
     */
    public static SqliteStore openReadOnly(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve(StoreSchema.DATABASE))) {
            throw StoreException.notAStore(dir, "there is no " + StoreSchema.DATABASE + " in it");
        }
        SQLException last = null;
        for (boolean immutable : new boolean[] {false, true}) {
            SqliteStore store = new SqliteStore(dir, ArticleIndex.readOnly(abs.resolve(StoreSchema.INDEX)), immutable);
            try (Connection c = store.connect(true)) {
                Integer found = StoreSchema.version(c);
                if (found == null) {
                    throw StoreException.notAStore(dir, "its database holds no crosscheck schema");
                }
                StoreSchema.check(dir, found);
                return store;
            } catch (SQLException e) {
                store.close();
                last = e;
            } catch (StoreException e) {
                store.close();
                throw e;
            }
        }
        throw StoreException.notAStore(dir, last.getMessage());
    }

    /**
     * Whether this process can write the store in {@code dir}: tried, not inferred from
     * permission bits (which do not bind every user, nor tell a read-only mount): a file is made
     * and removed in the directory, and the database, when there is one, is opened for writing.
     */
    public static boolean writable(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".crosscheck-write-check", ".tmp"));
            Path db = dir.resolve(StoreSchema.DATABASE);
            if (Files.exists(db)) {
                FileChannel.open(db, StandardOpenOption.WRITE).close();
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The sentence annotations an ingest keeps here ({@link SentenceAnnotations}): an ingest's
     * annotator keeps what it annotates in them, and a verifier over the stored articles reads them.
     */
    public SentenceAnnotations annotations() {
        return annotations;
    }

    /** Whether this store was opened read-only ({@link #openReadOnly}). */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * The one writer of this store, until it is closed.
     *
     * @throws StoreException when another writer, in this process or another, holds the store
     */
    public StoreWriter writer() throws IOException {
        if (readOnly) {
            throw StoreException.readOnly(dir);
        }
        return StoreWriter.open(this);
    }

    /** The directory of the store, as given. */
    public Path directory() {
        return dir;
    }

    ArticleIndex index() {
        return index;
    }

    Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (!this.readOnly) { // setting the journal mode is a write
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setBusyTimeout(10_000);
        config.setReadOnly(readOnly || this.readOnly);
        return DriverManager.getConnection(url, config.toProperties());
    }

    /** A question to the database inside one read transaction: one consistent snapshot. */
    interface Read<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    <T> T read(Read<T> question) {
        if (closed) {
            throw new IllegalStateException("store " + dir + " is closed");
        }
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = connect(true);
                c.setAutoCommit(false);
            }
            try {
                return question.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            closeQuietly(c);
            c = null;
            throw new IllegalStateException("store " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (c != null && (closed || !idle.offer(c))) {
                closeQuietly(c);
            }
        }
    }

    @Override
    public StoreCounts counts() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories)");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return new StoreCounts(r.getLong(1), r.getLong(2));
            }
        });
    }

    private static final String SUMMARY = "SELECT id, title, article_count, first, last, conflict_count, sort_date FROM stories";

    /** Undated stories (no {@code last}) go after the dated ones in every order. */
    private static String orderBy(StoryQuery.Order order) {
        return switch (order) {
            case NEWEST -> " ORDER BY last IS NULL, sort_date DESC, id";
            case LARGEST -> " ORDER BY article_count DESC, last IS NULL, sort_date DESC, id";
            case MOST_DISPUTED -> " ORDER BY conflict_count DESC, last IS NULL, sort_date DESC, id";
        };
    }

    /** The conditions of the query's outlet and date filters, and their parameters in order. */
    private record Filter(String sql, List<String> parameters) {

        static Filter of(StoryQuery query) {
            List<String> where = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            if (query.outlet() != null) {
                where.add("EXISTS (SELECT 1 FROM json_each(stories.json, '$.outlets') o WHERE json_extract(o.value, '$.outlet') = ?)");
                parameters.add(query.outlet());
            }
            if (query.from() != null) {
                where.add("substr(last, 1, 10) >= ?");
                parameters.add(query.from());
            }
            if (query.to() != null) {
                where.add("substr(first, 1, 10) <= ?");
                parameters.add(query.to());
            }
            return new Filter(String.join(" AND ", where), parameters);
        }

        String where() {
            return sql.isEmpty() ? "" : " WHERE " + sql;
        }

        String and() {
            return sql.isEmpty() ? "" : " AND " + sql;
        }

        int bind(PreparedStatement s, int first) throws SQLException {
            int i = first;
            for (String p : parameters) {
                s.setString(i++, p);
            }
            return i;
        }
    }

    private record Row(StorySummary summary, String sortDate) {
    }

    private static Comparator<Row> comparator(StoryQuery.Order order) {
        Comparator<Row> newest = Comparator.<Row, Boolean>comparing(r -> r.summary().last() == null)
                .thenComparing(Row::sortDate, Comparator.reverseOrder());
        Comparator<Row> byId = Comparator.comparing(r -> r.summary().id());
        return switch (order) {
            case NEWEST -> newest.thenComparing(byId);
            case LARGEST -> Comparator.<Row>comparingInt(r -> -r.summary().articleCount()).thenComparing(newest).thenComparing(byId);
            case MOST_DISPUTED -> Comparator.<Row>comparingInt(r -> -r.summary().conflictCount()).thenComparing(newest).thenComparing(byId);
        };
    }

    @Override
    public StoryPage stories(StoryQuery query) {
        Filter filter = Filter.of(query);
        if (query.text() == null) {
            return read(c -> {
                long total;
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM stories" + filter.where())) {
                    filter.bind(s, 1);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        total = r.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement(SUMMARY + filter.where() + orderBy(query.order()) + " LIMIT ? OFFSET ?")) {
                    int i = filter.bind(s, 1);
                    s.setInt(i, query.limit());
                    s.setInt(i + 1, query.offset());
                    return new StoryPage(total, withOutletCounts(c, rows(s)));
                }
            });
        }
        List<String> ids = index.stories(query.text(), MAX_STORY_MATCHES);
        return read(c -> {
            List<Row> found = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement(SUMMARY + " WHERE id IN (" + marks + ")" + filter.and())) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    filter.bind(s, chunk.size() + 1);
                    found.addAll(rows(s));
                }
            }
            found.sort(comparator(query.order()));
            List<Row> page = found.stream().skip(query.offset()).limit(query.limit()).toList();
            return new StoryPage(found.size(), withOutletCounts(c, page));
        });
    }

    private static List<Row> rows(PreparedStatement s) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Row(new StorySummary(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                        r.getInt(6), r.getInt(3), 0, 0), r.getString(7)));
            }
        }
        return out;
    }

    /** The page's summaries with their distinct texts and outlet counts, read for the page's stories alone. */
    private static List<StorySummary> withOutletCounts(Connection c, List<Row> page) throws SQLException {
        List<StorySummary> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT"
                + " (SELECT count(DISTINCT to_article) FROM provenance p WHERE p.story_id = stories.id AND p.kind = 'duplicate'),"
                + " (SELECT count(*) FROM json_each(stories.json, '$.outlets') o WHERE json_extract(o.value, '$.outlet') <> ?),"
                + " (SELECT count(*) FROM json_each(stories.json, '$.outlets') o WHERE json_extract(o.value, '$.outlet') <> ?"
                + "   AND json_extract(o.value, '$.role') IN (?, ?))"
                + " FROM stories WHERE id = ?")) {
            s.setString(1, Article.UNKNOWN_OUTLET);
            s.setString(2, Article.UNKNOWN_OUTLET);
            s.setString(3, OutletRole.ORIGINATOR.name());
            s.setString(4, OutletRole.INDEPENDENT.name());
            for (Row row : page) {
                StorySummary b = row.summary();
                s.setString(5, b.id());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.add(new StorySummary(b.id(), b.title(), b.articleCount(), b.first(), b.last(), b.conflictCount(),
                            b.articleCount() - r.getInt(1), r.getInt(2), r.getInt(3)));
                }
            }
        }
        return out;
    }

    /**
     * {@inheritDoc} The id of a story that was merged into another (a later ingest found both to
     * tell one event) gives the story it was merged into, whose {@code id} says so.
     */
    @Override
    public Optional<StoredStory> story(String asked) {
        return read(c -> {
            StoryReport report;
            String id = asked;
            try (PreparedStatement s = c.prepareStatement("SELECT json FROM stories WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        id = redirect(c, asked);
                        if (id == null) {
                            return Optional.empty();
                        }
                        s.setString(1, id);
                        try (ResultSet again = s.executeQuery()) {
                            if (!again.next()) {
                                return Optional.empty();
                            }
                            report = ReportCodec.read(again.getString(1));
                        }
                    } else {
                        report = ReportCodec.read(r.getString(1));
                    }
                }
            }
            List<Article> articles = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.json FROM story_articles m JOIN articles a ON a.id = m.article_id"
                    + " WHERE m.story_id = ? ORDER BY m.position")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        articles.add(StoreWriter.article(JSON.readTree(r.getString(1))));
                    }
                }
            }
            return Optional.of(new StoredStory(report, articles));
        });
    }

    /** The story a merged story's id now leads to, or null (also for a store written before merges were recorded). */
    private static String redirect(Connection c, String id) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_redirects'");
             ResultSet r = t.executeQuery()) {
            if (!r.next()) {
                return null;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT new_id FROM story_redirects WHERE old_id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Override
    public ArticlePage articles(ArticleQuery query) {
        if (query.text() != null) {
            ArticleIndex.Hits hits = index.articles(query.text(), query.limit(), query.offset());
            return new ArticlePage(hits.total(), hits.hits());
        }
        return read(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM articles"); ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
            List<ArticleHit> hits = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.title, a.site, a.published, m.story_id, a.json"
                    + " FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id"
                    + " ORDER BY coalesce(a.published, a.ingested) DESC, a.seq DESC LIMIT ? OFFSET ?")) {
                s.setInt(1, query.limit());
                s.setInt(2, query.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String text = JSON.readTree(r.getString(6)).path("text").asText("");
                        hits.add(new ArticleHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                ArticleIndex.window(text, 0)));
                    }
                }
            }
            return new ArticlePage(total, hits);
        });
    }

    @Override
    public Optional<ArticleInStory> article(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.json, m.story_id FROM articles a"
                    + " LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ArticleInStory(StoreWriter.article(JSON.readTree(r.getString(1))), r.getString(2)));
                }
            }
        });
    }

    @Override
    public Optional<List<Article>> relatedArticles(String text, String storyId, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        if (storyId == null) {
            chosen.addAll(index.related(text, null, max));
        } else {
            Optional<List<String>> members = members(storyId);
            if (members.isEmpty()) {
                return Optional.empty();
            }
            chosen.addAll(index.related(text, members.get(), max));
            for (String id : members.get()) {
                if (chosen.size() >= max) {
                    break;
                }
                chosen.add(id);
            }
        }
        return Optional.of(read(c -> {
            List<Article> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
                for (String id : chosen) {
                    s.setString(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            out.add(StoreWriter.article(JSON.readTree(r.getString(1))));
                        }
                    }
                }
            }
            return out;
        }));
    }

    /** The ids of a story's articles in story order; empty when no story has that id. */
    private Optional<List<String>> members(String storyId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
                s.setString(1, storyId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                }
            }
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position")) {
                s.setString(1, storyId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return Optional.of(ids);
        });
    }

    /**
     * {@inheritDoc} Made from every story's stored object when the stories changed since the
     * last call (their count or latest revision), else the network made then.
     */
    @Override
    public OutletNetwork outlets() {
        return read(c -> {
            String stamp;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*), coalesce(max(rev), 0) FROM stories");
                 ResultSet r = s.executeQuery()) {
                r.next();
                stamp = r.getLong(1) + "/" + r.getLong(2);
            }
            OutletsAt cached = outletCache;
            if (cached != null && cached.stamp().equals(stamp)) {
                return cached.network();
            }
            synchronized (outletLock) {
                cached = outletCache;
                if (cached != null && cached.stamp().equals(stamp)) {
                    return cached.network();
                }
                OutletTally tally = new OutletTally();
                try (PreparedStatement s = c.prepareStatement("SELECT json FROM stories ORDER BY sort_date, id");
                     ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tally.add(ReportCodec.read(r.getString(1)));
                    }
                }
                OutletNetwork network = tally.network();
                outletCache = new OutletsAt(stamp, network);
                return network;
            }
        });
    }

    /** The run that last analysed each story, by story id: what an incremental ingest left alone. */
    public Map<String, Long> analysedRuns() {
        return read(c -> {
            Map<String, Long> runs = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, analysed_run FROM stories"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.put(r.getString(1), r.getLong(2));
                }
            }
            return runs;
        });
    }

    /** The story of every article, by article id. */
    public Map<String, String> storyOfArticles() {
        return read(c -> {
            Map<String, String> of = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, m.story_id FROM articles a"
                    + " LEFT JOIN story_articles m ON m.article_id = a.id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    of.put(r.getString(1), r.getString(2));
                }
            }
            return of;
        });
    }

    /** How many articles the search index holds (equal to {@code counts().articles()} once caught up). */
    public long indexedArticles() {
        return index.articleCount();
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing to keep of a connection that cannot close
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
        index.close();
    }
}
