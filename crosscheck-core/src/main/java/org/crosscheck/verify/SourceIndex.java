package org.crosscheck.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Texts of one verify job in a Lucene index in memory (BM25, English stemming): the source
 * sentences, or the whole source articles, that share the most telling words with a statement or
 * one of its sentences, whatever their MiniLM similarity.
 */
final class SourceIndex {

    private static final String TEXT = "text";
    private static final String AT = "at";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    /** Indexes the texts; a hit is reported by its position in this list. */
    SourceIndex(List<String> sentences) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < sentences.size(); i++) {
                Document d = new Document();
                d.add(new TextField(TEXT, sentences.get(i), Field.Store.NO));
                d.add(new StoredField(AT, i));
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Positions of the sentences with the highest BM25 score for this text, best first. */
    List<Integer> search(String text, int count) {
        List<Integer> out = new ArrayList<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms < IndexSearcher.getMaxClauseCount()) {
                query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                terms++;
            }
            stream.end();
            if (terms == 0 || count < 1) {
                return out;
            }
            for (ScoreDoc hit : searcher.search(query.build(), count).scoreDocs) {
                out.add(searcher.storedFields().document(hit.doc).getField(AT).numericValue().intValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
