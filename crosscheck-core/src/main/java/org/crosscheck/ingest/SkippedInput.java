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

    /** A document skipped because an earlier document of the same run had its article id. */
    public static SkippedInput sameArticleId(String source, String id) {
        return new SkippedInput(source, "same article id as an earlier input (" + id + ")");
    }

    /** The one line printed on standard error. */
    public String message() {
        return "skipped " + source + ": " + reason;
    }
}
