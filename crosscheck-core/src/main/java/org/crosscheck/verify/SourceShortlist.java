package org.crosscheck.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceSplitter;
import org.crosscheck.language.TextSpan;

/**
 * The sources a statement is read closely against. All the sources are indexed once by BM25
 * (title and text, no CoreNLP, no MiniLM); the best {@code perQuery} articles for the whole
 * statement and for each of its sentences are kept, in the order the sources were given. Only
 * these are annotated and embedded, so the cost of a statement grows with the number of its
 * sentences, not with the number of sources; with no more sources than {@code perQuery}, all are kept.
 */
final class SourceShortlist {

    private final SentenceSplitter splitter;

    SourceShortlist(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** The sources to read closely for {@code statement}; all of them when {@code perQuery} is 0 or covers them. */
    List<Article> select(String statement, List<Article> sources, int perQuery) {
        if (perQuery == 0 || sources.size() <= perQuery) {
            return sources;
        }
        SourceIndex index = new SourceIndex(sources.stream().map(SourceShortlist::indexed).toList());
        TreeSet<Integer> kept = new TreeSet<>(index.search(statement, perQuery));
        List<TextSpan> sentences = splitter.split(statement);
        if (sentences.size() > 1) {
            for (TextSpan s : sentences) {
                kept.addAll(index.search(s.text(), perQuery));
            }
        }
        List<Article> out = new ArrayList<>(kept.size());
        kept.forEach(i -> out.add(sources.get(i)));
        return out;
    }

    private static String indexed(Article a) {
        return a.title() == null ? a.text() : a.title() + "\n\n" + a.text();
    }
}
