package org.crosscheck.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file, read record by record with jwarc from a stream (gzip already undone, so both
 * per-record and whole-file gzip work). Every {@code response} record with a 2xx HTTP status and
 * an HTML payload (by its {@code Content-Type}, or, when that is missing, generic or text, by
 * sniffing the body) becomes an HTML document with source {@code path#RECORD} (counting every
 * record from 1) and the {@code WARC-Target-URI} as url hint; the payload is decoded honouring
 * the HTTP charset, else the meta charset. Other records are passed over silently. When the file
 * is damaged, the records read before the damage are kept and one skip names the rest.
 */
final class WarcInput {

    private final IngestLimits limits;

    WarcInput(IngestLimits limits) {
        this.limits = limits;
    }

    /** Reads every record of the decompressed WARC stream {@code in}. */
    void read(String source, String fileName, InputStream in, DocumentListener listener) {
        int complete = 0;
        try (WarcReader reader = new WarcReader(in)) {
            Optional<WarcRecord> next = reader.next();
            while (next.isPresent()) {
                int number = complete + 1;
                WarcRecord record = next.get();
                if (record instanceof WarcResponse response) {
                    readResponse(source + "#" + number, fileName, number, response, listener);
                }
                record.body().consume();
                complete++;
                next = reader.next();
            }
        } catch (IOException | RuntimeException e) {
            listener.skipped(new SkippedInput(source, "malformed WARC after record " + complete + ": "
                    + UnreadableInputException.firstLine(e)));
        }
    }

    private void readResponse(String recordSource, String fileName, int number, WarcResponse response,
                              DocumentListener listener) throws IOException {
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return;
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            boolean declaredHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
            if (!declaredHtml && !mayBeSniffed(base)) {
                return;
            }
            byte[] payload = readPayload(http);
            if (!declaredHtml && !sniffsAsHtml(payload)) {
                return;
            }
            String charset = type == null ? null : type.parameters().get("charset");
            String html = HtmlDecoder.decode(payload, charset);
            if (html.isBlank()) {
                listener.skipped(new SkippedInput(recordSource, "empty HTML payload"));
                return;
            }
            listener.document(new RawDocument(ArticleIds.derive(fileName, String.valueOf(number), html), recordSource,
                    RawDocument.ContentKind.HTML, html, new DocumentHints(response.target(), null, null, null, null, null)));
        } catch (EOFException | ZipException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            listener.skipped(new SkippedInput(recordSource, "response record is not readable HTTP: "
                    + UnreadableInputException.firstLine(e)));
        } catch (UnreadableInputException e) {
            listener.skipped(new SkippedInput(recordSource, e.reason()));
        }
    }

    private byte[] readPayload(HttpResponse http) throws IOException, UnreadableInputException {
        try (InputStream body = http.bodyDecoded().stream()) {
            byte[] bytes = body.readNBytes(limits.maxBytes() + 1);
            if (bytes.length > limits.maxBytes()) {
                throw new UnreadableInputException("HTML payload larger than " + limits.maxSize());
            }
            return bytes;
        }
    }

    private static boolean mayBeSniffed(String base) {
        return base.isEmpty() || base.equals("application/octet-stream") || base.startsWith("text/");
    }

    private static boolean sniffsAsHtml(byte[] payload) {
        String head = new String(payload, 0, Math.min(payload.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<html");
    }
}
