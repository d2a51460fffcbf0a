package org.crosscheck.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed content of a stream of gzip members (RFC 1952), read member by member so that
 * one damaged member does not end the stream: a WARC compressed record by record is such a
 * stream. When a member's header, deflate data or checksum is bad, reading throws
 * {@link DamagedMemberException} once and then goes on with the next member, found by its magic
 * bytes; what the damaged member held after the damage is lost. A stream that ends inside a
 * member ends with an {@link EOFException}; bytes after the last member that hold no member are
 * ignored, as {@code gzip} does.
 */
final class GzipMembers extends InputStream {

    /**
     * A gzip member was damaged; reading on goes to the next member. {@code endedMember} tells
     * whether the damage is in the member whose content was all read before (its checksum), else
     * it is in the member being read, of which nothing or only part was read.
     */
    static final class DamagedMemberException extends IOException {

        private final boolean endedMember;

        DamagedMemberException(String message, boolean endedMember) {
            super(message);
            this.endedMember = endedMember;
        }

        boolean endedMember() {
            return endedMember;
        }
    }

    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xe0;

    /** Raw bytes of one member kept to look for the next member inside it when it proves damaged. */
    private static final int REPLAY_BYTES = 1024 * 1024;

    private final PushbackInputStream raw;
    private final Inflater inflater = new Inflater(true);
    private final ReplayBuffer member = new ReplayBuffer(REPLAY_BYTES);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[64 * 1024];
    private boolean inMember;
    private long membersEnded;
    private boolean seekMember;
    private boolean started;
    private boolean ended;

    GzipMembers(InputStream raw) {
        this.raw = new PushbackInputStream(raw, REPLAY_BYTES + input.length + 16);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!ended) {
            if (!inMember) {
                if (!startMember()) {
                    ended = true;
                    break;
                }
                continue;
            }
            int n;
            try {
                n = inflater.inflate(buffer, offset, length);
            } catch (DataFormatException e) {
                throw damaged("invalid deflate data (" + e.getMessage() + ")");
            }
            if (n > 0) {
                crc.update(buffer, offset, n);
                return n;
            }
            if (inflater.finished()) {
                finishMember();
            } else if (inflater.needsDictionary()) {
                throw damaged("a preset dictionary, which gzip does not use");
            } else if (inflater.needsInput()) {
                int r = raw.read(input, 0, input.length);
                if (r < 0) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                member.add(input, 0, r);
                inflater.setInput(input, 0, r);
                lastInput = r;
            }
        }
        return -1;
    }

    /** How many members were read whole, their checksums matching. */
    long membersEnded() {
        return membersEnded;
    }

    /** Reads the next member's header; false at the end of the stream. */
    private boolean startMember() throws IOException {
        if (seekMember && !seekMagic()) {
            return false;
        }
        member.reset();
        int first = raw.read();
        if (first >= 0) {
            member.add(first);
        }
        if (first < 0) {
            if (!started) {
                throw new EOFException("empty gzip stream");
            }
            return false;
        }
        int second = raw.read();
        if (second >= 0) {
            member.add(second);
        }
        if (first != MAGIC_1 || second != MAGIC_2) {
            if (!started) {
                throw new java.util.zip.ZipException("Not in GZIP format");
            }
            if (second >= 0) {
                raw.unread(second);
            }
            seekMember = true;
            if (!seekMagic()) {
                return false; // trailing bytes that hold no member
            }
            throw new DamagedMemberException("bytes between gzip members", false);
        }
        int method = readByte();
        int flags = readByte();
        if (method != DEFLATE || (flags & RESERVED) != 0) {
            replayAfterMagic();
            throw new DamagedMemberException("a gzip member header that is not valid", false);
        }
        skip(6); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | readByte() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        inflater.reset();
        crc.reset();
        inMember = true;
        started = true;
        return true;
    }

    /** Checks the trailer of the member just inflated and leaves the stream at the next. */
    private void finishMember() throws IOException {
        int remaining = inflater.getRemaining();
        long written = inflater.getBytesWritten();
        if (remaining > 0) {
            raw.unread(input, lastInputEnd() - remaining, remaining);
            member.drop(remaining);
        }
        inMember = false;
        long storedCrc = readInt();
        long storedSize = readInt();
        if (storedCrc != crc.getValue() || storedSize != (written & 0xffffffffL)) {
            replayAfterMagic();
            throw new DamagedMemberException("a gzip member whose checksum does not match its content", true);
        }
        membersEnded++;
    }

    /** How many bytes the last input handed to the inflater held. */
    private int lastInput;

    private int lastInputEnd() {
        return lastInput;
    }

    private DamagedMemberException damaged(String why) throws IOException {
        int remaining = inflater.getRemaining();
        if (remaining > 0) {
            raw.unread(input, lastInputEnd() - remaining, remaining);
            member.drop(remaining);
        }
        inflater.reset();
        inMember = false;
        replayAfterMagic();
        return new DamagedMemberException(why, false);
    }

    /**
     * Sets the stream back to just after the damaged member's magic bytes when its raw bytes were
     * kept, so that a member the inflater ran into (a truncated member followed by the next) is
     * found again; else the search goes on from where the damage was seen.
     */
    private void replayAfterMagic() throws IOException {
        if (member.complete() && member.length() > 2) {
            raw.unread(member.bytes(), 2, member.length() - 2);
        }
        member.reset();
        seekMember = true;
    }

    /** The raw bytes of the current member, up to a limit past which they are no longer kept. */
    private static final class ReplayBuffer {

        private final int limit;
        private byte[] bytes = new byte[4096];
        private int length;
        private boolean overflowed;

        ReplayBuffer(int limit) {
            this.limit = limit;
        }

        void reset() {
            length = 0;
            overflowed = false;
        }

        void add(int b) {
            add(new byte[] {(byte) b}, 0, 1);
        }

        void add(byte[] source, int offset, int n) {
            if (overflowed || length + n > limit) {
                overflowed = true;
                return;
            }
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(limit, Math.max(bytes.length * 2, length + n)));
            }
            System.arraycopy(source, offset, bytes, length, n);
            length += n;
        }

        /** Forgets the last {@code n} bytes (read but handed back unread). */
        void drop(int n) {
            if (!overflowed) {
                length -= n;
            }
        }

        boolean complete() {
            return !overflowed;
        }

        int length() {
            return length;
        }

        byte[] bytes() {
            return bytes;
        }
    }

    /** Passes over bytes up to the next gzip magic (left to read); false when the stream ends first. */
    private boolean seekMagic() throws IOException {
        seekMember = false;
        int previous = -1;
        int b;
        while ((b = raw.read()) >= 0) {
            if (previous == MAGIC_1 && b == MAGIC_2) {
                int method = raw.read();
                if (method == DEFLATE) {
                    raw.unread(new byte[] {(byte) MAGIC_1, (byte) MAGIC_2, (byte) DEFLATE});
                    return true;
                }
                if (method >= 0) {
                    raw.unread(method);
                }
            }
            previous = b;
        }
        return false;
    }

    private int readByte() throws IOException {
        int b = raw.read();
        if (b < 0) {
            throw new EOFException("Unexpected end of ZLIB input stream");
        }
        member.add(b);
        return b;
    }

    private long readInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) readByte() << (8 * i);
        }
        return value;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            readByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // a file name or comment, not kept
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }
}
