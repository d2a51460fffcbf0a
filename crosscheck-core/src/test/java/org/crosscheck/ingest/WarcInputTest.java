package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.concat;
import static org.crosscheck.ingest.TestFiles.httpResponse;
import static org.crosscheck.ingest.TestFiles.utf8;
import static org.crosscheck.ingest.TestFiles.warcRecord;
import static org.crosscheck.ingest.TestFiles.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {

    private static final String FIRST = "<html><body><p>Mayor Ilse Varga opened the Norrby ferry terminal.</p></body></html>";
    private static final String SECOND = "<html><body><p>\u041f\u0430\u0440\u043e\u043c \u041d\u043e\u0440\u0440\u0431\u044e</p></body></html>";

    @TempDir
    Path dir;

    private static CollectingListener read(String... inputs) {
        return CollectingListener.read(inputs);
    }

    private static byte[] mixedWarc() {
        return concat(
                warcRecord("warcinfo", null, utf8("software: test\r\n")),
                warcRecord("request", "https://news.example/ferry", utf8("GET /ferry HTTP/1.1\r\nHost: news.example\r\n\r\n")),
                warcRecord("response", "https://news.example/ferry",
                        httpResponse(200, "text/html; charset=utf-8", utf8(FIRST))),
                warcRecord("response", "https://news.example/logo.png",
                        httpResponse(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})),
                warcRecord("response", "https://news.example/old",
                        httpResponse(301, "text/html", utf8("<html><body>Moved</body></html>"))),
                warcRecord("response", "https://news.example/cafe",
                        httpResponse(200, "text/html; charset=windows-1251", SECOND.getBytes(Charset.forName("windows-1251")))));
    }

    @Test
    void readsEveryHtmlResponseRecordAndIgnoresTheRest() {
        String path = write(dir, "crawl.warc", mixedWarc()).toString();

        CollectingListener listener = read(path);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(path + "#3", path + "#6");
        assertThat(listener.documents).extracting(document -> document.hints().url())
                .containsExactly("https://news.example/ferry", "https://news.example/cafe");
        assertThat(listener.documents).extracting(RawDocument::kind).containsOnly(RawDocument.ContentKind.HTML);
        assertThat(listener.documents.get(0).body()).isEqualTo(FIRST);
        assertThat(listener.documents.get(1).body()).as("decoded with the HTTP charset").isEqualTo(SECOND);
    }

    @Test
    void sniffsHtmlPayloadWithoutContentType() {
        byte[] warc = warcRecord("response", "https://news.example/bare",
                httpResponse(200, null, utf8("<!doctype html><html><body><p>Bare page.</p></body></html>")));
        String path = write(dir, "bare.warc", warc).toString();

        assertThat(read(path).only().body()).contains("Bare page.");
    }

    @Test
    void countsCompleteRecordsWhenTheNextHeaderIsDamaged() {
        byte[] warc = concat(mixedWarc(), utf8("WARC/1.1\r\nWARC-Type: resp"));
        String path = write(dir, "damaged.warc", warc).toString();

        CollectingListener listener = read(path);

        assertThat(listener.sources()).containsExactly(path + "#3", path + "#6");
        assertThat(listener.skipped).containsExactly(
                new SkippedInput(path, "malformed WARC after record 6: unexpected end of file"));
    }

    @Test
    void readsGzippedWarcWrittenRecordByRecord() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            writer.write(response("https://news.example/one", FIRST));
            writer.write(response("https://news.example/two", "<html><body><p>Second ferry story.</p></body></html>"));
        }
        String path = write(dir, "crawl.warc.gz", bytes.toByteArray()).toString();

        CollectingListener listener = read(path);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(path + "#1", path + "#2");
        assertThat(listener.documents.get(0).body()).isEqualTo(FIRST);
        assertThat(listener.documents.get(1).hints().url()).isEqualTo("https://news.example/two");
    }

    @Test
    void readsWholeFileGzippedWarc() {
        String path = write(dir, "whole.warc.gz", TestFiles.gzip(mixedWarc())).toString();

        assertThat(read(path).sources()).containsExactly(path + "#3", path + "#6");
    }

    @Test
    void keepsRecordsBeforeDamageAndSkipsTheRestOfATruncatedWarc() {
        byte[] whole = mixedWarc();
        byte[] cut = TestFiles.truncate(whole, whole.length - 40);
        String path = write(dir, "cut.warc", cut).toString();
        String other = write(dir, "other.txt", "A separate note on the Norrby ferry.").toString();

        CollectingListener listener = read(path, other);

        assertThat(listener.sources()).containsExactly(path + "#3", other);
        assertThat(listener.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(path);
            assertThat(skip.reason()).startsWith("malformed WARC after record 5: ");
        });
    }

    @Test
    void keepsRecordsBeforeDamageInATruncatedGzippedWarc() {
        byte[] noise = new byte[256 * 1024];
        new java.util.Random(7).nextBytes(noise);
        byte[] large = concat(mixedWarc(), warcRecord("response", "https://news.example/photo.jpg",
                httpResponse(200, "image/jpeg", noise)));
        byte[] gz = TestFiles.gzip(large);
        String path = write(dir, "cut.warc.gz", TestFiles.truncate(gz, gz.length - 30)).toString();

        CollectingListener listener = read(path);

        assertThat(listener.sources()).containsExactly(path + "#3", path + "#6");
        assertThat(listener.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(path);
            assertThat(skip.reason()).isEqualTo("malformed WARC after record 6: Unexpected end of ZLIB input stream");
        });
    }

    private static WarcResponse response(String uri, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, utf8(html))
                .build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }
}
