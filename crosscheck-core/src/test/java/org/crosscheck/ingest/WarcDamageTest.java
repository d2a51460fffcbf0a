package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.concat;
import static org.crosscheck.ingest.TestFiles.httpResponse;
import static org.crosscheck.ingest.TestFiles.utf8;
import static org.crosscheck.ingest.TestFiles.warcRecord;
import static org.crosscheck.ingest.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WARC with one damaged record keeps all the others, and a record whose header is huge is
 * passed over without being held.
 */
class WarcDamageTest {

    @TempDir
    Path dir;

    private static byte[] page(int i) {
        return warcRecord("response", "https://harbour.example/" + i, httpResponse(200, "text/html; charset=utf-8",
                utf8("<html><body><p>Ferry report number " + i + " from the Norrby harbour.</p></body></html>")));
    }

    private static List<String> expectedSources(String path, int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> path + "#" + n).toList();
    }

    @Test
    void aRecordWithAGarbledHeaderLineIsSkippedAndTheOthersKept() {
        String garbled = new String(page(3), StandardCharsets.ISO_8859_1).replace("WARC-Date:", "WARC\u0001Da\u00fbte");
        byte[] warc = concat(page(1), page(2), garbled.getBytes(StandardCharsets.ISO_8859_1), page(4), page(5), page(6));
        String path = write(dir, "garbled.warc", warc).toString();

        CollectingListener listener = CollectingListener.read(path);

        assertThat(listener.sources()).containsExactlyElementsOf(expectedSources(path, 1, 2, 4, 5, 6));
        assertThat(listener.skipped).singleElement().satisfies(s -> assertThat(s.source()).isEqualTo(path + "#3"));
    }

    @Test
    void aRecordWhoseLengthIsWrongIsSkippedAndReadingGoesOnAtTheNextRecord() {
        String wrong = new String(page(2), StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: (\\d+)", "Content-Length: 40");
        String missing = new String(page(4), StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: (\\d+)", "Content-Length: lots");
        byte[] warc = concat(page(1), wrong.getBytes(StandardCharsets.ISO_8859_1), page(3),
                missing.getBytes(StandardCharsets.ISO_8859_1), page(5), page(6));
        String path = write(dir, "lengths.warc", warc).toString();

        CollectingListener listener = CollectingListener.read(path);

        assertThat(listener.sources()).containsExactlyElementsOf(expectedSources(path, 1, 3, 5, 6));
        assertThat(listener.skipped).extracting(SkippedInput::source).containsExactly(path + "#2", path + "#4");
        assertThat(listener.skipped.get(0).reason())
                .isEqualTo("damaged WARC record skipped: it does not end where its Content-Length says; the records after it are read");
        assertThat(listener.skipped.get(1).reason()).contains("no valid Content-Length");
    }

    @Test
    void aRecordWithAHugeGzippedHeaderLineIsPassedOverUnheldAndTheNextRecordsRead() throws IOException {
        Path path = dir.resolve("huge-header.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path), 1 << 16)) {
            out.write(page(1));
            out.write(utf8("WARC/1.1\r\nWARC-Type: response\r\nX-Filler: "));
            byte[] filler = new byte[1 << 20];
            java.util.Arrays.fill(filler, (byte) 'a');
            for (int i = 0; i < 300; i++) { // one header line of 300 MB
                out.write(filler);
            }
            out.write(utf8("\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));
            out.write(page(3));
        }
        String source = path.toString();

        CollectingListener listener = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CollectingListener.read(source));

        assertThat(listener.sources()).containsExactly(source + "#1", source + "#3");
        assertThat(listener.skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(source + "#2");
            assertThat(s.reason()).isEqualTo("damaged WARC record skipped: its header is larger than 1 MB; the records after it are read");
        });
    }

    @Test
    void aResponseWhoseHttpHeaderPassesTheLimitIsSkippedAlone() {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Filler: " + "b".repeat(5_000) + "\r\n\r\n<p>x</p>"));
        byte[] warc = concat(page(1), warcRecord("response", "https://harbour.example/2", http.toByteArray()), page(3));
        String path = write(dir, "http-header.warc", warc).toString();
        IngestLimits d = IngestLimits.defaults();
        CollectingListener listener = new CollectingListener();

        new InputReader(new IngestLimits(d.maxBytes(), d.sniffBytes(), d.binaryMaxControlShare(), d.maxLineBytes(), 4096))
                .read(List.of(path), java.io.InputStream.nullInputStream(), listener);

        assertThat(listener.sources()).containsExactly(path + "#1", path + "#3");
        assertThat(listener.skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(path + "#2");
            assertThat(s.reason()).isEqualTo("response record's HTTP header is larger than 4 KB");
        });
    }

    private static byte[] gzipMember(byte[] content) {
        return TestFiles.gzip(content);
    }

    @Test
    void aDamagedGzipMemberOfARecordByRecordWarcCostsThatRecordOnly() {
        byte[] third = gzipMember(page(3));
        for (int i = 20; i < third.length - 20; i += 7) {
            third[i] = (byte) ~third[i]; // flipped bits inside the deflate data
        }
        byte[] warc = concat(gzipMember(page(1)), gzipMember(page(2)), third, gzipMember(page(4)),
                gzipMember(page(5)), gzipMember(page(6)));
        String path = write(dir, "members.warc.gz", warc).toString();

        CollectingListener listener = CollectingListener.read(path);

        assertThat(listener.sources()).containsExactlyElementsOf(expectedSources(path, 1, 2, 4, 5, 6));
        assertThat(listener.skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(path + "#3");
            assertThat(s.reason()).startsWith("damaged WARC record skipped: its gzip data is damaged");
        });
    }

    @Test
    void aGzipMemberWhoseChecksumFailsIsSkippedEvenWhenItsDeflateDataReads() {
        byte[] third = gzipMember(page(3));
        third[third.length - 8] ^= 0x55; // the stored CRC-32
        byte[] warc = concat(gzipMember(page(1)), gzipMember(page(2)), third, gzipMember(page(4)));
        String path = write(dir, "checksum.warc.gz", warc).toString();

        CollectingListener listener = CollectingListener.read(path);

        assertThat(listener.sources()).containsExactlyElementsOf(expectedSources(path, 1, 2, 4));
        assertThat(listener.skipped).singleElement().satisfies(s -> assertThat(s.reason())
                .contains("checksum does not match"));
    }

    @Test
    void aTruncatedGzipMemberFollowedByTheNextKeepsTheNextRecords() {
        byte[] third = gzipMember(page(3));
        byte[] warc = concat(gzipMember(page(1)), gzipMember(page(2)), java.util.Arrays.copyOf(third, third.length / 2),
                gzipMember(page(4)), gzipMember(page(5)), gzipMember(page(6)));
        String path = write(dir, "cut-member.warc.gz", warc).toString();

        CollectingListener listener = CollectingListener.read(path);

        assertThat(listener.sources()).containsExactlyElementsOf(expectedSources(path, 1, 2, 4, 5, 6));
        assertThat(listener.skipped).singleElement().satisfies(s -> assertThat(s.source()).isEqualTo(path + "#3"));

        // cut as the last member, the record before it is still whole
        byte[] ending = concat(gzipMember(page(1)), gzipMember(page(2)), java.util.Arrays.copyOf(third, third.length / 2));
        String cutLast = write(dir, "cut-last.warc.gz", ending).toString();
        CollectingListener last = CollectingListener.read(cutLast);
        assertThat(last.sources()).containsExactlyElementsOf(expectedSources(cutLast, 1, 2));
        assertThat(last.skipped).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("malformed WARC after record 2: Unexpected end of ZLIB input stream"));
    }
}
