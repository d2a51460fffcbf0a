package org.crosscheck.claims;

import java.util.Objects;

/**
 * Who a claim is attributed to, and how: a quote, "according to X", "X said".
 *
 * @param speaker the source as written, canonical entity name when known
 * @param cue     the words that attribute it ("said", "according to", "told")
 */
public record Attribution(String speaker, String cue) implements java.io.Serializable {

    public Attribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
    }
}
