package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Small generated files for the ingest tests. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(String content) {
        return gzip(content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] truncate(byte[] content, int keep) {
        return Arrays.copyOf(content, keep);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One WARC record, serialised by hand. */
    static byte[] warcRecord(String type, String targetUri, byte[] block) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "WARC-Date: 2024-03-02T10:00:00Z\r\n"
                + (targetUri == null ? "" : "WARC-Target-URI: " + targetUri + "\r\n")
                + "Content-Type: " + (type.equals("response") ? "application/http;msgtype=response"
                : type.equals("request") ? "application/http;msgtype=request" : "application/warc-fields") + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** An HTTP response with the given content type (null: no header) and body. */
    static byte[] httpResponse(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
