package org.crosscheck.verify;

import java.util.Locale;
import java.util.Objects;
import org.crosscheck.align.ConflictKind;

/**
 * One source sentence that bears on a statement sentence.
 *
 * @param articleId the source article
 * @param sentence  the source sentence as written
 * @param start     character offset of the sentence in the source's text
 * @param end       end offset, exclusive
 * @param relation  whether it supports or conflicts with the statement sentence
 * @param kind      for a conflict, what is disputed; null for support
 * @param detail    for a conflict, the two values in one phrase ("2 March in the statement, 3 March here"); null for support
 * @param similarity MiniLM cosine of the two sentences
 */
public record Evidence(String articleId, String sentence, int start, int end, Relation relation,
                       ConflictKind kind, String detail, double similarity) {

    /** How a source sentence bears on a statement sentence. */
    public enum Relation {
        SUPPORTS, CONFLICTS;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(relation, "relation");
        if (relation == Relation.CONFLICTS) {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
