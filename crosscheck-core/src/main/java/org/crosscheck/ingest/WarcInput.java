package org.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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
 * the HTTP charset, else the meta charset. Other records are passed over silently. Records are
 * cut by {@link WarcFraming} before jwarc reads them, so every header read is bounded
 * ({@code warc.max.header.bytes}, also for the HTTP header of a response) and a damaged record
 * (a header too large or without a length, a block that does not end where its length says, a
 * header jwarc cannot parse) is skipped alone, with its number, and reading goes on at the next
 * record. When the file ends inside a record, the records before it are kept and one skip names
 * the rest.
 */
final class WarcInput {

    private final IngestLimits limits;

    WarcInput(IngestLimits limits) {
        this.limits = limits;
    }

    /** Reads every record of the decompressed WARC stream {@code in}. */
    void read(String source, String fileName, InputStream in, DocumentListener listener) {
        WarcFraming framing = new WarcFraming(in, limits.maxWarcHeaderBytes());
        GzipMembers members = in instanceof GzipMembers g ? g : null;
        int complete = 0;
        try {
            while (true) {
                int number = complete + 1;
                String recordSource = source + "#" + number;
                try {
                    WarcFraming.Frame frame = framing.next();
                    if (frame == null) {
                        break;
                    }
                    if (frame.damage() != null) {
                        listener.skipped(damaged(recordSource, frame.damage()));
                    } else {
                        Outcome outcome = readRecord(recordSource, fileName, number, frame, framing);
                        String damage;
                        long membersBefore = members == null ? 0 : members.membersEnded();
                        try {
                            damage = framing.endOfRecord();
                        } catch (GzipMembers.DamagedMemberException e) {
                            if (e.endedMember()) {
                                throw e;
                            }
                            // the damage is in the gzip member after this whole record: the next record's
                            outcome.handTo(listener);
                            complete++;
                            recordSource = source + "#" + (complete + 1);
                            throw e;
                        } catch (EOFException e) {
                            // the stream ends inside the next gzip member; this record is whole
                            outcome.handTo(listener);
                            complete++;
                            throw e;
                        }
                        if (damage != null && members != null && members.membersEnded() > membersBefore) {
                            // this record's gzip member ended whole: what does not start a record is the next member's
                            outcome.handTo(listener);
                            complete++;
                            recordSource = source + "#" + (complete + 1);
                            damage = "its gzip member does not start with a WARC record";
                            outcome = Outcome.NONE;
                        }
                        if (damage != null) {
                            listener.skipped(damaged(recordSource, damage));
                        } else {
                            outcome.handTo(listener);
                        }
                    }
                } catch (GzipMembers.DamagedMemberException e) {
                    listener.skipped(damaged(recordSource, "its gzip data is damaged (" + e.getMessage()
                            + "), and what that gzip member held after the damage is lost"));
                    framing.resynchronise();
                }
                complete++;
            }
        } catch (IOException | RuntimeException e) {
            listener.skipped(new SkippedInput(source, "malformed WARC after record " + complete + ": "
                    + UnreadableInputException.firstLine(e)));
        }
    }

    private static SkippedInput damaged(String recordSource, String why) {
        return new SkippedInput(recordSource, "damaged WARC record skipped: " + why + "; the records after it are read");
    }

    /** What one record gives: a document, a skip, or nothing; handed on only once the record proved whole. */
    private record Outcome(RawDocument document, SkippedInput skipped) {

        static final Outcome NONE = new Outcome(null, null);

        void handTo(DocumentListener listener) {
            if (document != null) {
                listener.document(document);
            } else if (skipped != null) {
                listener.skipped(skipped);
            }
        }
    }

    private Outcome readRecord(String recordSource, String fileName, int number, WarcFraming.Frame frame,
                               WarcFraming framing) throws IOException {
        Outcome outcome = Outcome.NONE;
        if ("response".equalsIgnoreCase(frame.type())) {
            byte[] head = framing.peek((int) Math.min(frame.contentLength(), limits.maxWarcHeaderBytes() + 1L));
            InputStream block = framing.block(frame.contentLength());
            if (head.length > limits.maxWarcHeaderBytes() && !hasHeaderEnd(head)) {
                outcome = new Outcome(null, new SkippedInput(recordSource, "response record's HTTP header is larger than "
                        + IngestLimits.size(limits.maxWarcHeaderBytes())));
            } else {
                outcome = parseResponse(recordSource, fileName, number, frame, block);
            }
            WarcFraming.drain(block);
        } else {
            WarcFraming.drain(framing.block(frame.contentLength()));
        }
        return outcome;
    }

    private Outcome parseResponse(String recordSource, String fileName, int number, WarcFraming.Frame frame,
                                  InputStream block) throws IOException {
        try (WarcReader reader = new WarcReader(new SequenceInputStream(new ByteArrayInputStream(frame.header()), block))) {
            Optional<WarcRecord> record = reader.next();
            if (record.isPresent() && record.get() instanceof WarcResponse response) {
                return readResponse(recordSource, fileName, number, response);
            }
            return Outcome.NONE;
        } catch (EOFException | ZipException | GzipMembers.DamagedMemberException e) {
            throw e;
        } catch (IOException e) {
            return new Outcome(null, new SkippedInput(recordSource, "WARC record header is not readable: "
                    + UnreadableInputException.firstLine(e)));
        }
    }

    private static boolean hasHeaderEnd(byte[] head) {
        for (int i = 1; i < head.length; i++) {
            if (head[i] == '\n' && (head[i - 1] == '\n' || i >= 3 && head[i - 1] == '\r' && head[i - 2] == '\n')) {
                return true;
            }
        }
        return false;
    }

    private Outcome readResponse(String recordSource, String fileName, int number, WarcResponse response)
            throws IOException {
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return Outcome.NONE;
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            boolean declaredHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
            if (!declaredHtml && !mayBeSniffed(base)) {
                return Outcome.NONE;
            }
            byte[] payload = readPayload(http);
            if (!declaredHtml && !sniffsAsHtml(payload)) {
                return Outcome.NONE;
            }
            String charset = type == null ? null : type.parameters().get("charset");
            String html = HtmlDecoder.decode(payload, charset);
            if (html.isBlank()) {
                return new Outcome(null, new SkippedInput(recordSource, "empty HTML payload"));
            }
            return new Outcome(new RawDocument(ArticleIds.derive(fileName, String.valueOf(number), html), recordSource,
                    RawDocument.ContentKind.HTML, html, new DocumentHints(response.target(), null, null, null, null, null)),
                    null);
        } catch (EOFException | ZipException | GzipMembers.DamagedMemberException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, new SkippedInput(recordSource, "response record is not readable HTTP: "
                    + UnreadableInputException.firstLine(e)));
        } catch (UnreadableInputException e) {
            return new Outcome(null, new SkippedInput(recordSource, e.reason()));
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
