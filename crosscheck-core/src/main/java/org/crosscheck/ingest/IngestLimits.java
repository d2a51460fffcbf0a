package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

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
        Properties properties = new Properties();
        try (InputStream in = IngestLimits.class.getResourceAsStream("ingest-limits.properties")) {
            if (in == null) {
                throw new IllegalStateException("ingest-limits.properties missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IngestLimits(
                Integer.parseInt(properties.getProperty("max.bytes").trim()),
                Integer.parseInt(properties.getProperty("sniff.bytes").trim()),
                Double.parseDouble(properties.getProperty("binary.max.control.share").trim()));
    }
}
