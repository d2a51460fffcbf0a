package org.crosscheck.spark.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;

/**
 * Puts the tasks' findings back in reading order and keeps the first document of each article
 * id, as one pass over all inputs does: a later document with an id already read (an article or
 * a document that yielded none) is skipped with the same reason. It reads the findings' places,
 * ids and sources only, so the driver can run it on {@link Extracted#withoutText()} records while
 * the articles stay on the executors ({@link #kept()}).
 */
public final class FirstOfEachId {

    private final List<Article> articles = new ArrayList<>();
    private final List<SkippedInput> skipped = new ArrayList<>();
    private final List<long[]> kept = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    public FirstOfEachId(List<Extracted> found) {
        List<Extracted> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Extracted::task).thenComparingInt(Extracted::seq));
        Set<String> seen = new HashSet<>();
        for (Extracted e : ordered) {
            if (e.documentId() != null && !seen.add(e.documentId())) {
                skipped.add(SkippedInput.sameArticleId(e.sourceName(), e.documentId()));
            } else if (e.isArticle()) {
                articles.add(e.article());
                kept.add(new long[] {e.task(), e.seq()});
                ids.add(e.documentId());
            } else {
                skipped.add(e.skipped());
            }
        }
    }

    /** The articles kept, in reading order (null for a {@link Extracted#withoutText()} record). */
    public List<Article> articles() {
        return articles;
    }

    /** The task and place in it of each article kept, in reading order. */
    public List<long[]> kept() {
        return kept;
    }

    /** The id of each article kept, in reading order. */
    public List<String> ids() {
        return ids;
    }

    /** The inputs, records and documents skipped, in reading order. */
    public List<SkippedInput> skipped() {
        return skipped;
    }
}
