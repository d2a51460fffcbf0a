package org.crosscheck.ingest;

import java.util.Objects;

/**
 * An input, or a part of one, that could not be read.
 *
 * @param source the input as named by the user ({@code path} or {@code path#record})
 * @param reason one short sentence, such as "not valid gzip: unexpected end of stream"
 */
public record SkippedInput(String source, String reason) {

    public SkippedInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** The one line printed on standard error. */
    public String message() {
        return "skipped " + source + ": " + reason;
    }
}
