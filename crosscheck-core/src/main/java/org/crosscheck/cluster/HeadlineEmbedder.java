package org.crosscheck.cluster;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;

/**
 * Embeds an article's title and lead with MiniLM ({@link SentenceEmbedder}): the part of a news
 * text that names the event. The lead is the text's first {@code leadChars} characters, cut at
 * a word boundary.
 */
public final class HeadlineEmbedder implements ArticleEmbedder {

    private final SentenceEmbedder embedder;
    private final int leadChars;

    public HeadlineEmbedder(SentenceEmbedder embedder, int leadChars) {
        this.embedder = embedder;
        this.leadChars = leadChars;
    }

    @Override
    public float[] embed(Article article) {
        return embedder.embed(headline(article));
    }

    @Override
    public List<float[]> embedAll(List<Article> articles) {
        List<String> texts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(headline(a));
        }
        return embedder.embed(texts);
    }

    String headline(Article article) {
        String text = article.text();
        int end = Math.min(text.length(), leadChars);
        while (end < text.length() && end > 0 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String lead = text.substring(0, end).replace("\n\n", " ").strip();
        String title = article.title() == null ? "" : article.title().strip();
        return title.isEmpty() ? lead : (title + ". " + lead);
    }
}
