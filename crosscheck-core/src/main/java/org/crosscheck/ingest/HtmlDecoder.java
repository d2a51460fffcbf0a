package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page to text, choosing the charset in the order a browser does:
 * a byte order mark; the charset of the HTTP {@code Content-Type} (for WARC records); a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">}
 * in the first 4 KB; otherwise UTF-8, or windows-1252 when the bytes are not valid UTF-8 (the
 * HTML standard's fallback for legacy pages).
 *
 * <p>A declared charset that Java does not know (such as {@code x-no-such-charset}) falls back to
 * UTF-8 when the bytes are valid UTF-8, since the declaration then changes nothing a reader would
 * see; otherwise the page is unreadable with the reason "unknown encoding NAME". A declared
 * UTF-16 in a page without a byte order mark is read as UTF-8, as the HTML standard says.
 */
final class HtmlDecoder {

    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([^\\s\"'/>;]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /**
     * The page as text.
     *
     * @param httpCharset the charset named by the HTTP header, or null
     */
    static String decode(byte[] bytes, String httpCharset) throws UnreadableInputException {
        Charset bom = StrictTextDecoder.bomCharset(bytes);
        if (bom != null) {
            int offset = StrictTextDecoder.bomLength(bytes);
            return new String(bytes, offset, bytes.length - offset, bom);
        }
        String declared = httpCharset != null && !httpCharset.isBlank() ? httpCharset.strip() : metaCharset(bytes);
        if (declared == null) {
            String utf8 = StrictTextDecoder.decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
            return utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
        }
        Charset charset = knownCharset(declared);
        if (charset == null) {
            String utf8 = StrictTextDecoder.decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 == null) {
                throw new UnreadableInputException("unknown encoding " + declared);
            }
            return utf8;
        }
        if (charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            charset = StandardCharsets.UTF_8;
        }
        return new String(bytes, charset);
    }

    /** The charset a meta tag declares in the first 4 KB, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset knownCharset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
