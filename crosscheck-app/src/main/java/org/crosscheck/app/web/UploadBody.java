package org.crosscheck.app.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Receives the body of {@code POST /api/articles} into memory: at most the body limit is read,
 * and a gzip body is measured by inflating it into nothing, so that neither the body nor what it
 * inflates to may pass the limit. Nothing is written to disk.
 */
final class UploadBody {

    private static final int BUFFER = 64 * 1024;

    private UploadBody() {
    }

    /** The body's bytes, refused with 413 when it or what it inflates to is larger than {@code maxBytes}. */
    static byte[] receive(InputStream body, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = body.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes, "");
            }
            out.write(buffer, 0, n);
        }
        byte[] bytes = out.toByteArray();
        if (inflatesBeyond(bytes, maxBytes)) {
            throw tooLarge(maxBytes, " after decompression");
        }
        return bytes;
    }

    /**
     * Whether a gzip body inflates to more than {@code maxBytes}, read as the ingest reads it;
     * damaged gzip is left for the ingest to report.
     */
    private static boolean inflatesBeyond(byte[] bytes, long maxBytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return false;
        }
        try (InputStream inflated = new GZIPInputStream(new ByteArrayInputStream(bytes), BUFFER)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int n;
            while ((n = inflated.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    return true;
                }
            }
            return false;
        } catch (ZipException | EOFException damaged) {
            return false;
        }
    }

    private static ApiError tooLarge(long maxBytes, String when) {
        return new ApiError(413, "The body is larger than the server accepts (" + maxBytes + " bytes" + when + ").");
    }
}
