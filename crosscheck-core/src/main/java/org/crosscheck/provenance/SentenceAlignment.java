package org.crosscheck.provenance;

import java.util.List;
import java.util.Objects;

/**
 * How two articles share sentences. "Share" is by characters: the reused sentences' length over
 * the length of all sentences of that text. Reused sentences are copied (found by character
 * n-gram containment, perhaps lightly edited) or rewritten (found by the rewrite judge); the
 * copied ones are also counted alone.
 *
 * @param firstId        id of the first article (A)
 * @param secondId       id of the second article (B)
 * @param shareOfFirst   share of A's text reused in B, 0 to 1
 * @param shareOfSecond  share of B's text reused from A, 0 to 1
 * @param reusedOfFirst  how many of A's sentences are found in B
 * @param reusedOfSecond how many of B's sentences are found in A
 * @param copiedShareOfFirst  share of A's text in sentences copied (containment alone, no rewrite judge)
 * @param copiedShareOfSecond share of B's text in sentences copied
 * @param copiedOfFirst  how many of A's sentences are copied in B
 * @param copiedOfSecond how many of B's sentences are copied from A
 * @param matchesOfSecond for each sentence of B that has any match, its best sentence of A, in B's order
 */
public record SentenceAlignment(String firstId, String secondId, double shareOfFirst, double shareOfSecond,
                                int reusedOfFirst, int reusedOfSecond, double copiedShareOfFirst, double copiedShareOfSecond,
                                int copiedOfFirst, int copiedOfSecond, List<SentenceMatch> matchesOfSecond) {

    public SentenceAlignment {
        Objects.requireNonNull(firstId, "firstId");
        Objects.requireNonNull(secondId, "secondId");
        if (shareOfFirst < 0 || shareOfFirst > 1 || shareOfSecond < 0 || shareOfSecond > 1
                || copiedShareOfFirst < 0 || copiedShareOfFirst > shareOfFirst + 1e-9
                || copiedShareOfSecond < 0 || copiedShareOfSecond > shareOfSecond + 1e-9) {
            throw new IllegalArgumentException("shares out of [0,1]");
        }
        matchesOfSecond = List.copyOf(matchesOfSecond);
    }
}
