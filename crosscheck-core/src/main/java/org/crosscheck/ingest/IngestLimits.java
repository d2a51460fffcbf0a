package org.crosscheck.ingest;

import org.crosscheck.settings.ResourceSettings;

/**
 * The ingest stage's limits, read from {@code ingest-limits.properties} beside this class.
 *
 * @param maxBytes              largest input held in memory after decompression
 * @param sniffBytes            leading bytes inspected to tell kind and binary junk
 * @param binaryMaxControlShare share of control characters above which a head is binary
 */
record IngestLimits(int maxBytes, int sniffBytes, double binaryMaxControlShare) {

    IngestLimits {
        if (maxBytes <= 0 || sniffBytes <= 0 || binaryMaxControlShare <= 0) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }

    /** The byte limit in words, e.g. "256 MB". */
    String maxSize() {
        int megabyte = 1024 * 1024;
        return maxBytes % megabyte == 0 ? maxBytes / megabyte + " MB" : maxBytes + " bytes";
    }

    /** The limits shipped with crosscheck. */
    static IngestLimits defaults() {
        ResourceSettings properties = ResourceSettings.load(IngestLimits.class, "ingest-limits.properties");
        return new IngestLimits(
                properties.integer("max.bytes"),
                properties.integer("sniff.bytes"),
                properties.decimal("binary.max.control.share"));
    }
}
