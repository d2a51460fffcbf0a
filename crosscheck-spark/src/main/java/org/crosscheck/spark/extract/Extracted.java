package org.crosscheck.spark.extract;

import java.io.Serializable;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;

/**
 * What one task found in its file, in reading order: an article, a document that yielded none
 * (with its article id), or a skipped input or record (no id).
 *
 * @param task       the task's index, which is the file's place among the inputs
 * @param seq        the place inside the file
 * @param article    the article, or null
 * @param fingerprint the article's near-duplicate fingerprint, made in the same task (null when
 *                   there is no article)
 * @param documentId the id of the document, or null when nothing was read
 * @param source     the skipped source (for an article, null, or its source in a {@link #withoutText()} record)
 * @param reason     why it was skipped, or null for an article
 */
public record Extracted(int task, int seq, Article article, Fingerprint fingerprint, String documentId, String source,
                        String reason) implements Serializable {

    static Extracted article(int task, int seq, Article article, Fingerprint fingerprint) {
        return new Extracted(task, seq, article, fingerprint, article.id(), null, null);
    }

    static Extracted skipped(int task, int seq, String documentId, SkippedInput skipped) {
        return new Extracted(task, seq, null, null, documentId, skipped.source(), skipped.reason());
    }

    /** Whether this is an article (with its text, or a {@link #withoutText()} record of one). */
    public boolean isArticle() {
        return reason == null;
    }

    /** The source of the article or of the skipped input. */
    public String sourceName() {
        return article != null ? article.source() : source;
    }

    /** The same finding with no article or fingerprint, only its place, id and source: what the driver needs to order the findings. */
    public Extracted withoutText() {
        return new Extracted(task, seq, null, null, documentId, sourceName(), reason);
    }

    /** The skipped input, or null for an article. */
    public SkippedInput skipped() {
        return isArticle() ? null : new SkippedInput(source, reason);
    }
}
