package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text that must be what it claims: UTF-8 (a UTF-8 byte order mark is dropped), or
 * UTF-16 when a UTF-16 byte order mark says so. Malformed bytes are reported, never replaced,
 * so that a Latin-1 or binary file is skipped with a reason instead of read as mojibake.
 */
final class StrictTextDecoder {

    private StrictTextDecoder() {
    }

    /** The text, or why it is not valid text. */
    static String decode(byte[] bytes) throws UnreadableInputException {
        Charset bomCharset = bomCharset(bytes);
        Charset charset = bomCharset == null ? StandardCharsets.UTF_8 : bomCharset;
        int offset = bomLength(bytes);
        String text = decodeStrictly(bytes, offset, charset);
        if (text == null) {
            throw new UnreadableInputException("not valid " + (charset.equals(StandardCharsets.UTF_8)
                    ? "UTF-8" : "UTF-16") + " text");
        }
        return text;
    }

    /** The text in {@code charset}, or null when the bytes are malformed in it. */
    static String decodeStrictly(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a byte order mark at the start declares, or null when there is none. */
    static Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** How many leading bytes the byte order mark takes (0 when there is none). */
    static int bomLength(byte[] bytes) {
        Charset charset = bomCharset(bytes);
        if (charset == null) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }
}
