package org.crosscheck.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.crosscheck.extract.Article;

/**
 * An article's {@link ArticleTerms}: Lucene's standard tokenizer, lower case, English possessives
 * and stop words removed, Porter stems; occurrences in the title and the lead weigh more than the
 * rest. Names are the words of capitalised spans that do not start a sentence (the cheap named
 * entity cue: no tagger runs), from the lead and body, and from the title unless it is written in
 * title case. Thread-safe.
 */
final class TermCounter {

    private final ClusterSettings settings;
    private final CharArraySet stop;
    private final Analyzer analyzer;

    TermCounter(ClusterSettings settings) {
        this.settings = settings;
        this.stop = new CharArraySet(settings.stopWords(), true);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, stop);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    ArticleTerms count(Article article) {
        Map<String, Integer> words = new TreeMap<>();
        Map<String, Integer> names = new TreeMap<>();
        Map<String, Integer> head = new TreeMap<>();
        String title = article.title() == null ? "" : article.title();
        String text = article.text();
        int leadEnd = leadEnd(text);
        addStems(title, settings.titleWeight(), words, head);
        addStems(text.substring(0, leadEnd), settings.leadWeight(), words, head);
        if (settings.bodyWeight() > 0) {
            addStems(text.substring(leadEnd), settings.bodyWeight(), words, null);
        }
        if (!isTitleCase(title)) {
            addNames(title, names);
        }
        addNames(text, names);
        return new ArticleTerms(words, names, head);
    }

    private int leadEnd(String text) {
        int end = Math.min(text.length(), settings.leadChars());
        while (end < text.length() && end > 0 && Character.isLetterOrDigit(text.charAt(end))) {
            end++; // do not cut a word in two
        }
        return end;
    }

    private void addStems(String text, int weight, Map<String, Integer> counts, Map<String, Integer> head) {
        if (weight == 0 || text.isBlank()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) {
                    String t = term.toString();
                    counts.merge(t, weight, Integer::sum);
                    if (head != null) {
                        head.merge(t, 1, Integer::sum);
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
    }

    /** Words of capitalised spans that do not start a sentence, lower case, possessive cut off. */
    private void addNames(String text, Map<String, Integer> names) {
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’'
                        || text.charAt(i) == '-')) {
                    i++;
                }
                if (Character.isUpperCase(c) && !sentenceStart && i - start > 1) {
                    addName(text, start, i, names);
                }
                sentenceStart = false;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
                sentenceStart = true;
            } else if (Character.isDigit(c)) {
                sentenceStart = false;
            }
            i++;
        }
    }

    private void addName(String text, int start, int end, Map<String, Integer> names) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.endsWith("'s") || word.endsWith("’s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.length() > 1 && !stop.contains(word)) {
            names.merge(word, 1, Integer::sum);
        }
    }

    /** A title whose words mostly start with a capital, as headlines are often written. */
    private static boolean isTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetter(c)) {
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        capitalised++;
                    }
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words > 2 && capitalised * 10 >= words * 6;
    }
}
