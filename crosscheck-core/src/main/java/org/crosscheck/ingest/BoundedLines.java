package org.crosscheck.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line (a line ends at {@code \n}; a {@code \r} before it is
 * dropped) without ever holding more than one bounded line: a line longer than
 * {@code maxLineBytes} is passed over to its end and reported as too long, not kept; and the
 * whole stream may hold at most {@code maxTotalBytes}, past which reading stops with
 * {@link TooLargeException}. Each line is decoded on its own, so one malformed byte costs one
 * line, not the file. Serves JSON Lines inputs (files, standard input, request bodies) and
 * {@code verify --batch}.
 */
public final class BoundedLines implements Closeable {

    /** The stream holds more bytes than the limit. */
    public static final class TooLargeException extends IOException {

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * One line.
     *
     * @param number counting from 1
     * @param bytes  its bytes without the line end, or null when it was too long to keep
     * @param length its length in bytes (also when too long)
     */
    public record Line(int number, byte[] bytes, long length) {

        public boolean tooLong() {
            return bytes == null;
        }

        public boolean isBlank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                    return false;
                }
            }
            return true;
        }

        /** The line as strict UTF-8 (a byte order mark on the first line dropped), or null when it is not. */
        public String utf8() {
            if (bytes == null) {
                return null;
            }
            int offset = number == 1 ? StrictTextDecoder.bomLength(bytes) : 0;
            if (offset > 0 && !StandardCharsets.UTF_8.equals(StrictTextDecoder.bomCharset(bytes))) {
                return null;
            }
            return StrictTextDecoder.decodeStrictly(bytes, offset, StandardCharsets.UTF_8);
        }
    }

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final long maxTotalBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long total;
    private int number;
    private boolean ended;

    public BoundedLines(InputStream in, int maxLineBytes, long maxTotalBytes) {
        if (maxLineBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("line limits must be positive");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        byte[] line = new byte[Math.min(maxLineBytes, 256)];
        int kept = 0;
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int n = end - position;
            length += n;
            if (length <= maxLineBytes) {
                if (kept + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max((long) line.length * 2, kept + n)));
                }
                System.arraycopy(buffer, position, line, kept, n);
                kept += n;
            }
            position = end;
            if (end < limit) {
                position++;
                break;
            }
        }
        number++;
        if (length > maxLineBytes) {
            return new Line(number, null, length);
        }
        if (kept > 0 && line[kept - 1] == '\r') {
            kept--;
        }
        return new Line(number, Arrays.copyOf(line, kept), kept);
    }

    /** Lines read so far. */
    public int lineCount() {
        return number;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        total += n;
        if (total > maxTotalBytes) {
            throw new TooLargeException("larger than " + maxTotalBytes + " bytes");
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
