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
 * @param score       the probability, in [0, 1], that the sources support the sentence (the learned model's;
 *                    1 or 0 from the verdict where no model decided)
 * @param reason      why the verdict, in one phrase; null where none was given
 * @param features    what the decision was made from; null where none was measured
 */
public record SentenceVerdict(String text, Verdict verdict, List<Evidence> evidence, List<String> unstatedFacts,
                              List<String> unstatedWords, double score, String reason, VerifyFeatures features) {

    public SentenceVerdict {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
        unstatedFacts = List.copyOf(unstatedFacts);
        unstatedWords = List.copyOf(unstatedWords);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }

    /** A verdict reached without a model: its score is 1 when supported, else 0. */
    public SentenceVerdict(String text, Verdict verdict, List<Evidence> evidence, List<String> unstatedFacts,
                           List<String> unstatedWords) {
        this(text, verdict, evidence, unstatedFacts, unstatedWords, verdict == Verdict.SUPPORTED ? 1 : 0, null, null);
    }
}
