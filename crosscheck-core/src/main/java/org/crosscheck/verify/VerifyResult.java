package org.crosscheck.verify;

import java.util.List;
import java.util.Objects;

/** The verdict on one statement: its own, and each sentence's. */
public record VerifyResult(String id, Verdict verdict, List<SentenceVerdict> sentences) {

    public VerifyResult {
        Objects.requireNonNull(verdict, "verdict");
        sentences = List.copyOf(sentences);
    }
}
