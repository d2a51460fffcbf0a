package org.crosscheck.bench.verify;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.bench.corpus.GeneratedArticle;
import org.crosscheck.bench.corpus.NewsStream;
import org.crosscheck.bench.corpus.NewsStreamWriter;

/**
 * Short source articles for the verify scale benchmark ({@code bench/verify-scale}): the first
 * {@code count} articles of the seeded news stream, each cut to its first two paragraphs, as JSON
 * Lines; prints the statement to verify, a sentence of an article among the first 100 (so every
 * size holds its source), and that article's id, tab-separated.
 *   VerifyScaleSources count out.jsonl [seed]
 */
public final class VerifyScaleSources {

    private static final int STATEMENT_ARTICLE = 42;

    private VerifyScaleSources() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        String statement = null;
        String statementSource = null;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            NewsStream stream = new NewsStream(seed, 5_000, count);
            while (stream.hasNext()) {
                GeneratedArticle a = shortened(stream.next());
                NewsStreamWriter.writeJson(a, o);
                if (a.index() == Math.min(STATEMENT_ARTICLE, count - 1)) {
                    statement = firstSentence(a.text().split("\n\n")[Math.min(1, a.text().split("\n\n").length - 1)]);
                    statementSource = a.id();
                }
            }
        }
        System.out.println(statement + "\t" + statementSource);
    }

    private static GeneratedArticle shortened(GeneratedArticle a) {
        String[] paragraphs = a.text().split("\n\n");
        String text = paragraphs.length <= 2 ? a.text() : paragraphs[0] + "\n\n" + paragraphs[1];
        return new GeneratedArticle(a.index(), a.id(), a.title(), a.published(), a.site(), text, a.story(),
                a.duplicateOf(), a.kind());
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end < 0 ? paragraph.strip() : paragraph.substring(0, end + 1);
    }
}
