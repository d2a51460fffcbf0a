package org.crosscheck.verify;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one statement: its own, and each sentence's.
 *
 * @param score the probability, in [0, 1], that the sources support the whole statement: its weakest sentence's score
 */
public record VerifyResult(String id, Verdict verdict, List<SentenceVerdict> sentences, double score) {

    public VerifyResult {
        Objects.requireNonNull(verdict, "verdict");
        sentences = List.copyOf(sentences);
    }

    /** The statement's score from its sentences': the lowest (1 for a statement with no sentence). */
    public VerifyResult(String id, Verdict verdict, List<SentenceVerdict> sentences) {
        this(id, verdict, sentences, sentences.stream().mapToDouble(SentenceVerdict::score).min().orElse(1));
    }
}
