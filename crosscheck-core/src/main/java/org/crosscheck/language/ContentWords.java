package org.crosscheck.language;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.crosscheck.settings.ResourceSettings;

/**
 * Lower-cased, Porter-stemmed words of a text (Lucene's standard tokenizer): all of them, or only
 * the content words. Thread-safe.
 */
public final class ContentWords {

    private final Analyzer content;
    private final Analyzer all;

    /** @param stopWords function words, never content words (matched ignoring case) */
    public ContentWords(Set<String> stopWords) {
        this(new CharArraySet(stopWords, true));
    }

    private ContentWords(CharArraySet stops) {
        this.content = analyzer(stops);
        this.all = analyzer(CharArraySet.EMPTY_SET);
    }

    /**
     * The engine's stop words ({@code stopwords.txt} beside this class): English function words
     * and the commonest reporting verbs, lower-cased, in file order.
     */
    public static List<String> stopWords() {
        return ResourceSettings.wordList(ContentWords.class, "stopwords.txt").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Content words as told by Lucene's English stop-word list. */
    public static ContentWords english() {
        return new ContentWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /** Stems of the content words (function words left out), in order, without repeats. */
    public Set<String> of(String text) {
        return new LinkedHashSet<>(run(content, text));
    }

    /** Stems of every word, in order, with repeats. */
    public List<String> tokens(String text) {
        return run(all, text);
    }

    /** The stem of one word. */
    public String stem(String word) {
        List<String> t = run(all, word);
        return t.isEmpty() ? "" : String.join(" ", t);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("t", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer analyzer(CharArraySet stops) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new LowerCaseFilter(source);
                chain = new StopFilter(chain, stops);
                chain = new PorterStemFilter(chain);
                return new TokenStreamComponents(source, chain);
            }
        };
    }
}
