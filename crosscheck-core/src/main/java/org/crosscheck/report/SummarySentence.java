package org.crosscheck.report;

import java.util.Objects;

/** One sentence of a story summary and the claim group that backs it. */
public record SummarySentence(String text, String claimId) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(claimId, "claimId");
    }
}
