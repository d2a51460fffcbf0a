package org.crosscheck.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.crosscheck.scratch.ScratchSpace;

/**
 * The warm articles in an in-memory Lucene index, one document each: the stemmed words of its
 * title and lead, and its name words, searched with BM25 for the stories of the best matches.
 * New documents become searchable at {@link #refresh()}; merges run on the calling thread, so the
 * same calls give the same hits on every run.
 */
final class CandidateIndex implements AutoCloseable {

    private static final String WORDS = "w";
    private static final String NAMES = "n";
    private static final String STORY_KEY = "sid";
    private static final String STORY_NO = "sno";
    /** Words with their frequencies and norms, no positions: BM25 term queries read nothing more. */
    private static final FieldType COUNTED = counted();

    /** A private temporary folder for the index files, or null when the index lives on the heap. */
    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    CandidateIndex() {
        folder = temporaryFolder();
        directory = folder == null ? onHeap() : mapped(folder);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setMergeScheduler(new SerialMergeScheduler());
            config.setSimilarity(new BM25Similarity());
            config.setUseCompoundFile(false);
            config.setCommitOnClose(false);
            config.setRAMBufferSizeMB(32);
            TieredMergePolicy merges = new TieredMergePolicy();
            // Few segments: every query term is looked up in every segment, the main search cost.
            merges.setSegmentsPerTier(2);
            config.setMergePolicy(merges);
            writer = new IndexWriter(directory, config);
            reader = DirectoryReader.open(writer);
            searcher = searcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an in-memory index", e);
        }
    }

    /**
     * Index files are written to a temporary folder and memory-mapped: term lookups, most of a
     * search, read mapped memory about a third faster than heap buffers. Where no temporary folder
     * can be made the index stays on the heap; the hits are the same either way.
     */
    private static Path temporaryFolder() {
        try {
            return ScratchSpace.folder("stories");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static Directory mapped(Path folder) {
        try {
            return new MMapDirectory(folder, new SingleInstanceLockFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map an index folder " + folder, e);
        }
    }

    /** Each file in one buffer: reading a slice of a many-buffer file costs a list walk per term lookup. */
    private static Directory onHeap() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    private static FieldType counted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(new BM25Similarity());
        s.setQueryCache(null);
        return s;
    }

    /** Adds one article of a story. */
    void add(long story, Map<String, Integer> headWords, Map<String, Integer> names) {
        Document doc = new Document();
        doc.add(new Field(WORDS, new CountedTerms(headWords), COUNTED));
        doc.add(new Field(NAMES, new CountedTerms(names), COUNTED));
        doc.add(new StringField(STORY_KEY, Long.toString(story), Field.Store.NO));
        doc.add(new NumericDocValuesField(STORY_NO, story));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add to an in-memory index", e);
        }
    }

    void deleteStory(long story) {
        try {
            writer.deleteDocuments(new Term(STORY_KEY, Long.toString(story)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from an in-memory index", e);
        }
    }

    /** Makes every added document searchable and every deletion final. */
    void refresh() {
        try {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer, true);
            if (newer != null) {
                reader.close();
                reader = newer;
                searcher = searcher(newer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen an in-memory index", e);
        }
    }

    /**
     * The story numbers of the best BM25 matches for the given words and names (with their
     * query weights), best first; a story may come more than once.
     */
    List<Long> search(Map<String, Double> words, Map<String, Double> names, int hits) {
        if (reader.numDocs() == 0 || (words.isEmpty() && names.isEmpty())) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        words.forEach((w, boost) -> q.add(new BoostQuery(new TermQuery(new Term(WORDS, w)), boost.floatValue()),
                BooleanClause.Occur.SHOULD));
        names.forEach((w, boost) -> q.add(new BoostQuery(new TermQuery(new Term(NAMES, w)), boost.floatValue()),
                BooleanClause.Occur.SHOULD));
        try {
            // Counting total hits only up to the top-k lets the scorer skip documents that cannot
            // enter it; the top-k itself is the same.
            ScoreDoc[] top = searcher.search(q.build(), new TopScoreDocCollectorManager(hits, null, hits)).scoreDocs;
            List<LeafReaderContext> leaves = reader.leaves();
            List<Long> stories = new ArrayList<>(top.length);
            for (ScoreDoc d : top) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                NumericDocValues values = leaf.reader().getNumericDocValues(STORY_NO);
                if (values != null && values.advanceExact(d.doc - leaf.docBase)) {
                    stories.add(values.longValue());
                }
            }
            return stories;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search an in-memory index", e);
        }
    }

    /** Documents searchable now (deleted ones left out). */
    int searchable() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.rollback();
            directory.close();
            if (folder != null) {
                ScratchSpace.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close an in-memory index", e);
        }
    }
}
