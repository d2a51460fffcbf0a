package org.crosscheck.app.web;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.crosscheck.scratch.ScratchSpace;

/**
 * Receives the body of {@code POST /api/articles} into a file of its own, streaming: at most
 * the body limit is read, and a gzip body is measured by inflating it into nothing, so that
 * neither the body nor what it inflates to may pass the limit and nothing is held in memory
 * but a buffer. The file lies in a scratch folder (deleted at exit, or by the next start when
 * the server was killed); the caller deletes it when the body is ingested.
 */
final class UploadSpool {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_NAME = 100;

    private UploadSpool() {
    }

    /** The received body: a file named {@code name} in a scratch folder of its own. */
    static Path receive(InputStream body, String name, long maxBytes) throws IOException {
        Path folder = ScratchSpace.folder("upload");
        try {
            Path file = folder.resolve(fileName(name));
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copyAtMost(body, out, maxBytes);
            }
            if (inflatesBeyond(file, maxBytes)) {
                throw tooLarge(maxBytes, " after decompression");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            ScratchSpace.delete(folder);
            throw e;
        }
    }

    /**
     * The body's name as a plain file name: letters, digits, dots, dashes and underscores, at
     * most {@value #MAX_NAME} characters (the end kept, where the kind is told), {@code body}
     * when nothing of it is left.
     */
    static String fileName(String name) {
        String plain = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (plain.length() > MAX_NAME) {
            plain = plain.substring(plain.length() - MAX_NAME);
        }
        return plain.replace(".", "").replace("_", "").isEmpty() ? "body" : plain;
    }

    /** Deletes a received body and its folder. */
    static void discard(Path file) throws IOException {
        ScratchSpace.delete(file.getParent());
    }

    private static void copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes, "");
            }
            out.write(buffer, 0, n);
        }
    }

    /**
     * Whether a gzip file inflates to more than {@code maxBytes}, read as the ingest reads it;
     * damaged gzip is left for the ingest to report.
     */
    private static boolean inflatesBeyond(Path file, long maxBytes) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            if (raw.read() != 0x1f || raw.read() != 0x8b) {
                return false;
            }
            raw.reset();
            try (InputStream inflated = new GZIPInputStream(raw, BUFFER)) {
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
    }

    private static ApiError tooLarge(long maxBytes, String when) {
        return new ApiError(413, "The body is larger than the server accepts (" + maxBytes + " bytes" + when + ").");
    }
}
