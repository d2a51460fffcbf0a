package org.crosscheck.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads an input's bytes, decompressing gzip when the content starts with the gzip magic bytes
 * {@code 1f 8b} (whatever the file is called). Concatenated gzip members are read as one stream.
 * A whole read is all or nothing: truncated or corrupt gzip, or more bytes than the limit, is
 * reported as unreadable, never handed on half-read.
 */
final class GzipAwareLoader {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final IngestLimits limits;

    GzipAwareLoader(IngestLimits limits) {
        this.limits = limits;
    }

    /** The whole decompressed content. */
    byte[] readAll(ContentSource source) throws UnreadableInputException, IOException {
        try (InputStream raw = new BufferedInputStream(source.open())) {
            boolean gzip = startsWithGzipMagic(raw);
            byte[] bytes;
            if (gzip) {
                try {
                    bytes = new GZIPInputStream(raw, 64 * 1024).readNBytes(limits.maxBytes() + 1);
                } catch (ZipException | EOFException e) {
                    throw new UnreadableInputException("not valid gzip: " + UnreadableInputException.firstLine(e));
                }
            } else {
                bytes = raw.readNBytes(limits.maxBytes() + 1);
            }
            if (bytes.length > limits.maxBytes()) {
                throw new UnreadableInputException("larger than " + limits.maxSize()
                        + (gzip ? " after decompression" : "") + ", too big to read");
            }
            return bytes;
        }
    }

    /**
     * Up to {@code sniffBytes} leading decompressed bytes; damage further on (or even inside the
     * head) is tolerated here, since the head only serves to tell the kind.
     */
    byte[] head(ContentSource source) throws IOException {
        try (InputStream raw = new BufferedInputStream(source.open())) {
            boolean gzip = startsWithGzipMagic(raw);
            InputStream in = gzip ? new GzipMembers(raw) : raw;
            byte[] buffer = new byte[limits.sniffBytes()];
            int filled = 0;
            try {
                int n;
                while (filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) > 0) {
                    filled += n;
                }
            } catch (GzipMembers.DamagedMemberException e) {
                if (filled == 0) {
                    // a damaged first member (a WARC compressed record by record): the next member tells the kind
                    return headAfterDamage(in, buffer);
                }
            } catch (IOException e) {
                // keep what was read before the damage
            }
            return Arrays.copyOf(buffer, filled);
        }
    }

    private static byte[] headAfterDamage(InputStream in, byte[] buffer) {
        int filled = 0;
        try {
            int n;
            while (filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) > 0) {
                filled += n;
            }
        } catch (IOException e) {
            // keep what was read
        }
        return Arrays.copyOf(buffer, filled);
    }

    /**
     * A stream of the decompressed content, for formats read record by record; gzip is read
     * member by member ({@link GzipMembers}), so that a damaged member costs only what it held.
     */
    InputStream openDecompressed(ContentSource source) throws IOException {
        InputStream raw = new BufferedInputStream(source.open());
        try {
            return startsWithGzipMagic(raw) ? new GzipMembers(raw) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
    }
}
