package org.crosscheck.ingest;

import org.crosscheck.settings.ResourceSettings;

/**
 * The ingest stage's limits, shipped in {@code ingest-limits.properties} beside this class
 * (a settings file's {@code ingest.*} keys).
 *
 * @param maxBytes              largest input held in memory after decompression
 * @param sniffBytes            leading bytes inspected to tell kind and binary junk
 * @param binaryMaxControlShare share of control characters above which a head is binary
 * @param maxLineBytes          longest JSON Lines line read; a longer one is skipped unread
 * @param maxWarcHeaderBytes    largest WARC record header (and HTTP header inside a record);
 *                              a record with a larger one is skipped unread
 */
public record IngestLimits(int maxBytes, int sniffBytes, double binaryMaxControlShare, int maxLineBytes,
                    int maxWarcHeaderBytes) {

    public IngestLimits {
        if (maxBytes <= 0 || sniffBytes <= 0 || binaryMaxControlShare <= 0 || maxLineBytes <= 0
                || maxWarcHeaderBytes <= 0) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }

    /** The byte limit in words, e.g. "256 MB". */
    String maxSize() {
        return size(maxBytes);
    }

    /** A byte count in words: "32 MB", "64 KB", else "N bytes". */
    static String size(long bytes) {
        long megabyte = 1024 * 1024;
        if (bytes % megabyte == 0) {
            return bytes / megabyte + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static final IngestLimits DEFAULTS = from(shipped());

    /** The limits shipped with crosscheck. */
    public static IngestLimits defaults() {
        return DEFAULTS;
    }

    /** The shipped {@code ingest-limits.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(IngestLimits.class, "ingest-limits.properties");
    }

    /** The limits with the values of {@code p} (keys as in {@code ingest-limits.properties}). */
    public static IngestLimits from(ResourceSettings p) {
        return new IngestLimits(
                p.integer("max.bytes"),
                p.integer("sniff.bytes"),
                p.decimal("binary.max.control.share"),
                p.integer("max.line.bytes"),
                p.integer("warc.max.header.bytes"));
    }
}
