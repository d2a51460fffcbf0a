package org.crosscheck.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts a decompressed WARC stream into records before jwarc parses them, so that no read is
 * unbounded and one damaged record costs only itself. A record header is read up to the header
 * limit (a longer one, such as a gigabyte-long line, is passed over unread); its block is exactly
 * its {@code Content-Length}; after the block come blank lines and the next {@code WARC/} or the
 * end. When a header is too large, has no usable {@code Content-Length}, or a block does not end
 * where its length says, the stream is scanned forward to the next line that starts with
 * {@code WARC/1.} and reading goes on from there. The end of the stream inside a record is an
 * {@link EOFException}: what follows the damage cannot be found.
 */
final class WarcFraming {

    private static final byte[] RECORD_START = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** A record's header and block length, or, when {@code damage} is set, why the record was passed over. */
    record Frame(byte[] header, long contentLength, String type, String damage) {
    }

    private final PushbackInputStream in;
    private final int maxHeaderBytes;

    WarcFraming(InputStream in, int maxHeaderBytes) {
        this.in = new PushbackInputStream(new BufferedInputStream(in, 64 * 1024), maxHeaderBytes + RECORD_START.length);
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /** The next record, or null at the end of the stream. */
    Frame next() throws IOException {
        skipLineEnds();
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        byte[] header = new byte[Math.min(maxHeaderBytes, 4096)];
        int length = 0;
        while (!endsHeader(header, length)) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("unexpected end of file");
            }
            if (length == maxHeaderBytes) {
                resynchronise();
                return new Frame(null, 0, null, "its header is larger than " + IngestLimits.size(maxHeaderBytes));
            }
            if (length == header.length) {
                header = Arrays.copyOf(header, Math.min(maxHeaderBytes, header.length * 2));
            }
            header[length++] = (byte) b;
        }
        header = Arrays.copyOf(header, length);
        String text = new String(header, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("WARC/1.")) {
            resynchronise();
            return new Frame(null, 0, null, "it does not start with a WARC/1. version line");
        }
        long contentLength = contentLength(text);
        if (contentLength < 0) {
            resynchronise();
            return new Frame(null, 0, null, "it has no valid Content-Length");
        }
        return new Frame(header, contentLength, field(text, "warc-type"), null);
    }

    /** The block of the record just read: exactly its length, never closing the stream below. */
    InputStream block(long contentLength) {
        return new BlockStream(in, contentLength);
    }

    /**
     * Up to {@code n} leading bytes of the block, left in place for the block to read again; the
     * block stream must not have been read yet.
     */
    byte[] peek(int n) throws IOException {
        byte[] head = in.readNBytes(Math.min(n, maxHeaderBytes + 1));
        in.unread(head);
        return head;
    }

    /**
     * Checks that the record just read ends where its length says (blank lines, then the next
     * record or the end); returns null when it does, else why not, having moved on to the next
     * record start.
     */
    String endOfRecord() throws IOException {
        skipLineEnds();
        byte[] head = in.readNBytes(MAGIC.length);
        in.unread(head);
        if (head.length == 0 || Arrays.equals(head, MAGIC)) {
            return null;
        }
        resynchronise();
        return "it does not end where its Content-Length says";
    }

    private void skipLineEnds() throws IOException {
        int b;
        do {
            b = in.read();
        } while (b == '\r' || b == '\n');
        if (b >= 0) {
            in.unread(b);
        }
    }

    /**
     * Passes over bytes, none of them kept, until a line starts with {@code WARC/1.} (left to read)
     * or the end; damaged gzip members on the way are passed over too, and what follows one starts
     * a new member, so it counts as the start of a line.
     */
    void resynchronise() throws IOException {
        byte[] buffer = new byte[Math.min(64 * 1024, maxHeaderBytes)];
        int matched = 1; // as if at the start of a line
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (GzipMembers.DamagedMemberException e) {
                matched = 1;
                continue;
            }
            if (n <= 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == RECORD_START[matched]) {
                    matched++;
                    if (matched == RECORD_START.length) {
                        in.unread(buffer, i + 1, n - i - 1);
                        in.unread(RECORD_START, 1, RECORD_START.length - 1);
                        return;
                    }
                } else {
                    matched = b == '\n' ? 1 : 0;
                }
            }
        }
    }

    private static boolean endsHeader(byte[] header, int length) {
        return length >= 2 && header[length - 1] == '\n'
                && (header[length - 2] == '\n' || length >= 3 && header[length - 2] == '\r' && header[length - 3] == '\n');
    }

    private static long contentLength(String header) {
        String value = field(header, "content-length");
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(value);
    }

    /** The value of the first header field of that (lower-case) name, or null. */
    private static String field(String header, String name) {
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** Exactly {@code remaining} bytes of the stream below; closing it leaves the stream open. */
    private static final class BlockStream extends InputStream {

        private final InputStream in;
        private long remaining;

        BlockStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("unexpected end of file");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new EOFException("unexpected end of file");
            }
            remaining -= n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), remaining);
        }

        @Override
        public void close() {
            // the stream below carries the next records
        }
    }

    /** Reads what is left of a block, keeping none of it. */
    static void drain(InputStream block) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (block.read(buffer) >= 0) {
            // passed over
        }
    }
}
