package org.crosscheck.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * An article's weighted term counts: Lucene's standard tokenizer, lower case, English possessives
 * and stop words removed, Porter stems; occurrences in the title and the lead paragraph weigh
 * more than the rest. Capitalised names in the body (not at a sentence start), single and
 * two-word, are added as terms of their own ({@code "n:oakridge"}). Thread-safe.
 */
final class TermCounter {

    /** A capitalised word, or two in a row ("Oak Ridge"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?");
    private static final int LEAD_MAX_CHARS = 500;

    private final ClusterSettings settings;
    private final Analyzer analyzer;

    TermCounter(ClusterSettings settings) {
        this.settings = settings;
        CharArraySet stop = new CharArraySet(settings.stopWords(), true);
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

    /** Term to weighted count, sorted by term. */
    Map<String, Integer> count(Article article) {
        Map<String, Integer> counts = new TreeMap<>();
        if (article.title() != null) {
            addStems(article.title(), settings.titleWeight(), counts);
        }
        String text = article.text();
        int leadEnd = text.indexOf("\n\n");
        leadEnd = leadEnd < 0 ? text.length() : leadEnd;
        leadEnd = Math.min(leadEnd, LEAD_MAX_CHARS);
        while (leadEnd < text.length() && leadEnd > 0 && Character.isLetterOrDigit(text.charAt(leadEnd))) {
            leadEnd++; // do not cut a word in two
        }
        addStems(text.substring(0, leadEnd), settings.leadWeight(), counts);
        addStems(text.substring(leadEnd), settings.bodyWeight(), counts);
        addNames(text, counts);
        return counts;
    }

    private void addStems(String text, int weight, Map<String, Integer> counts) {
        if (weight == 0 || text.isBlank()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) {
                    counts.merge(term.toString(), weight, Integer::sum);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
    }

    private void addNames(String text, Map<String, Integer> counts) {
        if (settings.nameWeight() == 0) {
            return;
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (startsSentence(text, m.start())) {
                continue;
            }
            String[] words = m.group().split("\\s+");
            for (String w : words) {
                addName(w, counts);
            }
            if (words.length == 2) {
                addName(words[0] + words[1], counts);
            }
        }
    }

    private void addName(String word, Map<String, Integer> counts) {
        String lower = word.toLowerCase(Locale.ROOT).replace("'s", "").replace("’s", "");
        if (lower.length() > 1 && !settings.stopWords().contains(lower)) {
            counts.merge("n:" + lower, settings.nameWeight(), Integer::sum);
        }
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?' || text.charAt(i) == '\n';
    }
}
