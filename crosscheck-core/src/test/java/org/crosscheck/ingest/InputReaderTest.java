package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.gzip;
import static org.crosscheck.ingest.TestFiles.utf8;
import static org.crosscheck.ingest.TestFiles.write;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head>
            <body><p>The Quellmoor harbour bridge reopened on Tuesday, said engineer Talia Brenn.</p></body></html>
            """;
    private static final String STORY = """
            Flood barrier passes first test

            The new flood barrier at Ostrava Bay held back a spring tide on Sunday, officials said.
            """;

    @TempDir
    Path dir;

    private static CollectingListener read(String... inputs) {
        return CollectingListener.read(inputs);
    }

    private static CollectingListener read(InputStream stdin, String... inputs) {
        return CollectingListener.read(stdin, inputs);
    }

    @Test
    void readsHtmlFileAsHtmlDocument() {
        String path = write(dir, "bridge.html", PAGE).toString();

        RawDocument document = read(path).only();

        assertThat(document.kind()).isEqualTo(RawDocument.ContentKind.HTML);
        assertThat(document.source()).isEqualTo(path);
        assertThat(document.body()).contains("Talia Brenn").startsWith("<!DOCTYPE html>");
        assertThat(document.hints()).isEqualTo(DocumentHints.NONE);
    }

    @Test
    void decodesHtmlWithTheMetaCharsetItDeclares() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>\u041c\u044d\u0440 \u0418\u043b\u044c\u0437\u0430 \u0412\u0430\u0440\u0433\u0430</p></body></html>";
        String path = write(dir, "mayor.htm", page.getBytes(Charset.forName("windows-1251"))).toString();

        assertThat(read(path).only().body()).isEqualTo(page);
    }

    @Test
    void sniffsHtmlByContentWhateverTheName() {
        String path = write(dir, "page.txt", PAGE).toString();

        assertThat(read(path).only().kind()).isEqualTo(RawDocument.ContentKind.HTML);
    }

    @Test
    void readsPlainTextFileAsTextDocument() {
        String path = write(dir, "barrier.txt", STORY).toString();

        RawDocument document = read(path).only();

        assertThat(document.kind()).isEqualTo(RawDocument.ContentKind.TEXT);
        assertThat(document.body()).isEqualTo(STORY);
    }

    @Test
    void stripsUtf8ByteOrderMarkAndDecodesUtf16WithByteOrderMark() {
        byte[] utf8Bom = TestFiles.concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(STORY));
        byte[] utf16 = TestFiles.concat(new byte[] {(byte) 0xff, (byte) 0xfe}, STORY.getBytes(StandardCharsets.UTF_16LE));
        String first = write(dir, "bom8.txt", utf8Bom).toString();
        String second = write(dir, "bom16.txt", utf16).toString();

        CollectingListener listener = read(first, second);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.documents).extracting(RawDocument::body).containsExactly(STORY, STORY);
    }

    @Test
    void readsGzippedHtmlByMagicBytesWithOrWithoutGzName() {
        String named = write(dir, "bridge.html.gz", gzip(PAGE)).toString();
        String unnamed = write(dir, "bridge-copy.html", gzip(PAGE)).toString();

        CollectingListener listener = read(named, unnamed);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.documents).extracting(RawDocument::kind)
                .containsExactly(RawDocument.ContentKind.HTML, RawDocument.ContentKind.HTML);
        assertThat(listener.documents).extracting(RawDocument::body).containsOnly(PAGE);
    }

    @Test
    void walksDirectoryRecursivelyInSortedOrderSkippingHiddenFiles() {
        Path root = dir.resolve("story");
        write(root, "b.txt", "Second note about the Ostrava Bay barrier.");
        write(root, "a.txt", "First note about the Ostrava Bay barrier.");
        write(root, "sub/c.html", PAGE);
        write(root, ".hidden.txt", "A hidden draft nobody should read.");
        write(root, ".git/d.txt", "Inside a hidden directory.");
        String input = root.toString();

        CollectingListener listener = read(input);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(input + "/a.txt", input + "/b.txt", input + "/sub/c.html");
    }

    @Test
    void walkPassesOverFilesThatAreNotArticleKindsButReadsUnnamedAndGzippedOnes() {
        Path root = dir.resolve("crawl");
        write(root, "README.md", "# Notes on this crawl of the Ostrava Bay barrier coverage.");
        write(root, "style.css", "body { color: black; }");
        write(root, "page", PAGE);
        write(root, "notes.txt", "A note about the Ostrava Bay barrier.");
        String input = root.toString();

        CollectingListener listener = read(input);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(input + "/notes.txt", input + "/page");
        assertThat(DirectoryWalk.mayHoldArticles(Path.of("a/b.warc.gz"))).isTrue();
        assertThat(DirectoryWalk.mayHoldArticles(Path.of("a/b.md.gz"))).isFalse();
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverItsExtension() {
        write(dir, "story.md", "The Ostrava Bay barrier was closed for the storm on Monday night.");

        CollectingListener listener = read(dir.resolve("story.md").toString());

        assertThat(listener.documents).hasSize(1);
    }

    @Test
    void readsStandardInputWhenInputIsDash() {
        CollectingListener listener = read(new ByteArrayInputStream(utf8(PAGE)), "-");

        RawDocument document = listener.only();
        assertThat(document.source()).isEqualTo("-");
        assertThat(document.kind()).isEqualTo(RawDocument.ContentKind.HTML);
    }

    @Test
    void sniffsJsonLinesOnStandardInputAndNumbersItsRecords() {
        String lines = "{\"title\":\"Dam opens\",\"text\":\"The Velka dam opened.\"}\n"
                + "{\"title\":\"Dam closes\",\"text\":\"The Velka dam closed again.\"}\n";

        CollectingListener listener = read(new ByteArrayInputStream(gzip(lines)), "-");

        assertThat(listener.sources()).containsExactly("-#1", "-#2");
        assertThat(listener.documents.get(1).hints().title()).isEqualTo("Dam closes");
    }

    @Test
    void derivesTheSameIdFromTheSameBytesInAnotherDirectory() {
        String first = write(dir.resolve("machine-one/deep"), "barrier.txt", STORY).toString();
        String second = write(dir.resolve("machine-two"), "barrier.txt", STORY).toString();
        String edited = write(dir.resolve("machine-three"), "barrier.txt", STORY + "Correction appended.\n").toString();

        CollectingListener listener = read(first, second, edited);

        List<String> ids = listener.documents.stream().map(RawDocument::id).toList();
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).matches("[0-9a-f]{16}");
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
        assertThat(ids.get(0)).isEqualTo(ArticleIds.derive("barrier.txt", "", STORY));
    }

    @Test
    void derivedIdIsTheDocumentedHashPrefix() {
        // computed independently: printf 'a.txt#\nx' | sha256sum | cut -c1-16
        assertThat(ArticleIds.derive("a.txt", "", "x")).isEqualTo("c829bf596dbb3066");
    }

    @Test
    void bytesInMemoryAreReadUnderTheirNameAsALabelThatIsNeverOpened() {
        write(dir, "bridge.html", PAGE);
        CollectingListener named = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read(dir.toString(), utf8(STORY), named);
        assertThat(named.only().body()).as("the bytes, not the folder of that name").contains("Ostrava Bay").doesNotContain("Talia Brenn");
        assertThat(named.only().source()).isEqualTo(dir.toString());

        CollectingListener upward = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read("../../bridge.html", utf8(PAGE), upward);
        assertThat(upward.only().source()).isEqualTo("../../bridge.html");
        assertThat(upward.only().kind()).isEqualTo(RawDocument.ContentKind.HTML);

        CollectingListener packed = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read("story\u0000.txt.gz", gzip(STORY), packed);
        assertThat(packed.only().source()).isEqualTo("story\u0000.txt.gz");
        assertThat(packed.only().body()).contains("Ostrava Bay");

        String longName = "n".repeat(300) + ".jsonl";
        CollectingListener lines = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read(longName, utf8("{\"id\": \"tide-1\", \"text\": \"The tide rose.\"}\n{\"id\": 7}\n"), lines);
        assertThat(lines.only().source()).isEqualTo(longName + "#1");
        assertThat(lines.skipped).singleElement().satisfies(s -> assertThat(s.source()).isEqualTo(longName + "#2"));
    }
}
