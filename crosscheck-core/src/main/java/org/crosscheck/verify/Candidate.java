package org.crosscheck.verify;

import org.crosscheck.claims.Claim;
import org.crosscheck.language.AnnotatedSentence;

/**
 * A source sentence compared with a statement sentence.
 *
 * @param sentence   the source sentence
 * @param claim      its claim, null when it is no claim sentence
 * @param articleId  its article
 * @param similarity MiniLM cosine to the statement sentence
 */
record Candidate(AnnotatedSentence sentence, Claim claim, String articleId, double similarity) {
}
