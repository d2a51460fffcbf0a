package org.crosscheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a store (BM25, English stemming): articles by title and text, stories by
 * headline, claims and article titles. Derived from SQLite: every commit records the last
 * article ({@code seq}) and story revision it holds, so that an index behind the database is
 * caught up, and one that cannot be read is rebuilt, from the rows. Readers may be in other
 * processes than the writer; each search sees the latest commit.
 */
final class ArticleIndex implements AutoCloseable {

    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String ARTICLE_SEQ = "articleSeq";
    private static final String STORY_REV = "storyRev";
    private static final int SNIPPET_CHARS = 200;
    /** The most words of a text that {@link #related} asks for: two fields each stay far below Lucene's clause limit. */
    private static final int MAX_RELATED_TERMS = 128;
    /**
     * The most distinct words (after stop words and stemming) a search of articles or stories
     * reads; the rest are ignored. Each word is a clause (two for articles), so a search stays far
     * below Lucene's limit of 1,024 clauses however long the question.
     */
    static final int MAX_SEARCH_TERMS = 64;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private SearcherManager searchers;

    /** What the index holds: articles up to {@code articleSeq}, stories up to {@code storyRev}. */
    record Mark(long articleSeq, long storyRev) {
    }

    /** One article as indexed. */
    record Entry(long seq, String id, String title, String site, String published, String storyId, String text) {
    }

    /** Article hits: how many match, and the page asked for. */
    record Hits(long total, List<ArticleHit> hits) {
    }

    ArticleIndex(Path path) throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
    }

    /**
     * The index at {@code path} for searching only: nothing is created or written; where there
     * is no index folder, searches find nothing.
     */
    static ArticleIndex readOnly(Path path) throws IOException {
        return new ArticleIndex(path, Files.isDirectory(path) ? FSDirectory.open(path) : new ByteBuffersDirectory());
    }

    private ArticleIndex(Path path, Directory directory) {
        this.path = path;
        this.directory = directory;
    }

    /** The mark of the last commit; {@code (0, 0)} when there is none. */
    Mark mark() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return new Mark(0, 0);
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            Map<String, String> data = r.getIndexCommit().getUserData();
            return new Mark(Long.parseLong(data.getOrDefault(ARTICLE_SEQ, "0")), Long.parseLong(data.getOrDefault(STORY_REV, "0")));
        }
    }

    /** Whether the index has a commit at all. */
    boolean hasCommit() throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    /** Deletes every file of the index: it is rebuilt from the database next. */
    void wipe() throws IOException {
        synchronized (this) {
            if (searchers != null) {
                searchers.close();
                searchers = null;
            }
        }
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
    }

    /** Opens the one writer; the caller holds the store's write lock. */
    Writer writer() throws IOException {
        return new Writer(new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false)));
    }

    /** Adds and replaces documents; nothing is visible before {@link #commit}. */
    final class Writer implements AutoCloseable {
        private final IndexWriter writer;

        private Writer(IndexWriter writer) {
            this.writer = writer;
        }

        void article(Entry a) throws IOException {
            Document d = new Document();
            d.add(new StringField(KEY, "a:" + a.id(), Field.Store.NO));
            d.add(new StringField(TYPE, "article", Field.Store.NO));
            d.add(new StoredField("id", a.id()));
            d.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
            d.add(new TextField("text", a.text(), Field.Store.YES));
            stored(d, "site", a.site());
            stored(d, "published", a.published());
            stored(d, "storyId", a.storyId());
            writer.updateDocument(new Term(KEY, "a:" + a.id()), d);
        }

        void story(String id, String text) throws IOException {
            Document d = new Document();
            d.add(new StringField(KEY, "s:" + id, Field.Store.NO));
            d.add(new StringField(TYPE, "story", Field.Store.NO));
            d.add(new StoredField("id", id));
            d.add(new TextField("body", text, Field.Store.NO));
            writer.updateDocument(new Term(KEY, "s:" + id), d);
        }

        /** Drops a story that no longer exists (merged into another). */
        void removeStory(String id) throws IOException {
            writer.deleteDocuments(new Term(KEY, "s:" + id));
        }

        /** Makes the changes visible and durable, recording what the index now holds. */
        void commit(Mark mark) throws IOException {
            writer.setLiveCommitData(Map.of(ARTICLE_SEQ, Long.toString(mark.articleSeq()),
                    STORY_REV, Long.toString(mark.storyRev())).entrySet());
            writer.commit();
        }

        @Override
        public void close() throws IOException {
            writer.rollback();
        }
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** Articles matching every word of the text (in title or text), best first. */
    Hits articles(String text, int limit, int offset) {
        List<String> terms = searchTerms("text", text);
        SearcherManager manager = searchers();
        if (manager == null || terms.isEmpty()) {
            return new Hits(0, List.of());
        }
        IndexSearcher searcher = null;
        try {
            searcher = manager.acquire();
            Query q = allOf("article", terms, "title", "text");
            long total = searcher.count(q);
            TopDocs top = searcher.search(q, offset + limit);
            List<ArticleHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = searcher.storedFields().document(top.scoreDocs[i].doc);
                hits.add(new ArticleHit(d.get("id"), blankToNull(d.get("title")), d.get("site"), d.get("published"),
                        d.get("storyId"), snippet(d.get("text"), Set.copyOf(terms))));
            }
            return new Hits(total, hits);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new UnrunnableQueryException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(manager, searcher);
        }
    }

    /**
     * Ids of the articles that share the most words with the text (BM25 over title and text, any
     * of its words), best first, at most {@code max}; only those among {@code within} when it is
     * not null. An article that shares no word with the text is not returned.
     */
    List<String> related(String text, Collection<String> within, int max) {
        List<String> terms = terms("text", text);
        SearcherManager manager = searchers();
        if (manager == null || terms.isEmpty() || (within != null && within.isEmpty())) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER);
        if (within != null) {
            q.add(new TermInSetQuery(KEY, within.stream().map(id -> new BytesRef("a:" + id)).toList()), BooleanClause.Occur.FILTER);
        }
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_RELATED_TERMS))) {
            q.add(new BoostQuery(new TermQuery(new Term("title", term)), 2f), BooleanClause.Occur.SHOULD);
            q.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(1);
        return ids(manager, q.build(), max);
    }

    /** Ids of the stories matching every word of the text, best first, at most {@code max}. */
    List<String> stories(String text, int max) {
        List<String> terms = searchTerms("body", text);
        SearcherManager manager = searchers();
        if (manager == null || terms.isEmpty()) {
            return List.of();
        }
        return ids(manager, allOf("story", terms, "body"), max);
    }

    /** The stored ids of the best {@code max} documents the query matches, best first. */
    private static List<String> ids(SearcherManager manager, Query query, int max) {
        IndexSearcher searcher = null;
        try {
            searcher = manager.acquire();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, max).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new UnrunnableQueryException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(manager, searcher);
        }
    }

    /** How many articles the index holds, for checks. */
    long articleCount() {
        SearcherManager manager = searchers();
        if (manager == null) {
            return 0;
        }
        IndexSearcher searcher = null;
        try {
            searcher = manager.acquire();
            return searcher.count(new TermQuery(new Term(TYPE, "article")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(manager, searcher);
        }
    }

    private static Query allOf(String type, List<String> terms, String... fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER);
        for (String term : terms) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (int i = 0; i < fields.length; i++) {
                Query tq = new TermQuery(new Term(fields[i], term));
                any.add(i == 0 && fields.length > 1 ? new BoostQuery(tq, 2f) : tq, BooleanClause.Occur.SHOULD);
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** The first {@value #MAX_SEARCH_TERMS} analysed terms of a search, each once, in order. */
    private List<String> searchTerms(String field, String text) {
        List<String> terms = terms(field, text);
        return terms.size() <= MAX_SEARCH_TERMS ? terms : terms.subList(0, MAX_SEARCH_TERMS);
    }

    /** The analysed terms of a question, each once, in order. */
    private List<String> terms(String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * About {@value #SNIPPET_CHARS} characters of the text around its first word that matches
     * the question, cut at spaces, with an ellipsis where text was left out; the opening of the
     * text when no word of it matches (the title did).
     */
    String snippet(String text, Set<String> terms) {
        int at = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    at = offset.startOffset();
                    break;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return window(text, at);
    }

    static String window(String text, int at) {
        int start = Math.max(0, at - SNIPPET_CHARS / 4);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= at ? at : space + 1;
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String body = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "… " : "") + body + (end < text.length() ? " …" : "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The searchers, refreshed to the latest commit (a writer may be in another process), or
     * null while the index has no commit. Searchers are reference-counted: a refresh never
     * closes one that a search still uses.
     */
    private synchronized SearcherManager searchers() {
        try {
            if (searchers == null) {
                if (!DirectoryReader.indexExists(directory)) {
                    return null;
                }
                searchers = new SearcherManager(directory, null);
            } else {
                searchers.maybeRefresh();
            }
            return searchers;
        } catch (IndexNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        if (searcher != null) {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether the index directory can be read at all (a damaged one is rebuilt). */
    boolean readable() {
        try {
            mark();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
