package org.crosscheck.verify;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one sentence of a statement.
 *
 * @param text        the sentence as written in the statement
 * @param verdict     supported, conflicting or unsupported
 * @param evidence    the source sentences that support it or conflict with it, strongest first
 * @param unstatedFacts the names, numbers and dates of the sentence that no source states
 * @param unstatedWords the content words of the sentence that no source states nor relates to
 */
public record SentenceVerdict(String text, Verdict verdict, List<Evidence> evidence, List<String> unstatedFacts,
                              List<String> unstatedWords) {

    public SentenceVerdict {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
        unstatedFacts = List.copyOf(unstatedFacts);
        unstatedWords = List.copyOf(unstatedWords);
    }
}
