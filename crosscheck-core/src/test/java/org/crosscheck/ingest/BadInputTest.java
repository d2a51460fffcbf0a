package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.utf8;
import static org.crosscheck.ingest.TestFiles.write;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is skipped with its source and a reason, and the good inputs beside it are still read. */
class BadInputTest {

    private static final String GOOD_TEXT = "The Ostrava Bay flood barrier held on Sunday, officials said.\n";

    @TempDir
    Path dir;

    private String good;

    private CollectingListener readWithGood(String bad) {
        good = write(dir, "good.txt", GOOD_TEXT).toString();
        CollectingListener listener = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read(List.of(bad, good), new ByteArrayInputStream(new byte[0]), listener);
        return listener;
    }

    private void assertSkippedWithGoodKept(CollectingListener listener, String bad, String reason) {
        assertThat(listener.skipped).containsExactly(new SkippedInput(bad, reason));
        assertThat(listener.sources()).containsExactly(good);
        assertThat(listener.documents.get(0).body()).isEqualTo(GOOD_TEXT);
    }

    @Test
    void skipsBinaryJunkWithNulBytes() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[10] = 0;
        String bad = write(dir, "photo.txt", junk).toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "binary content, not an article");
    }

    @Test
    void skipsTextFullOfControlCharacters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("ab").append((char) 0x01).append((char) 0x02);
        }
        String bad = write(dir, "control.dat", text.toString()).toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "binary content, not an article");
    }

    @Test
    void skipsTruncatedGzipInsteadOfReadingItHalf() {
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < 400; i++) {
            page.append("<p>Paragraph ").append(i).append(" about the Quellmoor bridge vote.</p>");
        }
        byte[] gz = TestFiles.gzip(page.append("</body></html>").toString());
        String bad = write(dir, "bridge.html.gz", TestFiles.truncate(gz, gz.length / 2)).toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "not valid gzip: Unexpected end of ZLIB input stream");
    }

    @Test
    void skipsCorruptGzipHeader() {
        byte[] corrupt = {0x1f, (byte) 0x8b, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x01, 0x02};
        String bad = write(dir, "notes.txt.gz", corrupt).toString();

        CollectingListener listener = readWithGood(bad);

        assertThat(listener.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(bad);
            assertThat(skip.reason()).startsWith("not valid gzip: ");
        });
        assertThat(listener.sources()).containsExactly(good);
    }

    @Test
    void skipsEmptyFile() {
        String bad = write(dir, "empty.html", new byte[0]).toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "empty input");
    }

    @Test
    void skipsWhitespaceOnlyFile() {
        String bad = write(dir, "blank.txt", " \n\t\r\n  \n").toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "empty input");
    }

    @Test
    void skipsTextThatIsNotValidUtf8() {
        byte[] latin1 = "Caf\u00e9 in Norrby closes early.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String bad = write(dir, "cafe.txt", latin1).toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "not valid UTF-8 text");
    }

    @Test
    void skipsHtmlWithUnknownEncodingWhenBytesAreNotUtf8() {
        byte[] page = TestFiles.concat(
                utf8("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Caf"),
                new byte[] {(byte) 0xe9, (byte) 0xff},
                utf8("</p></body></html>"));
        String bad = write(dir, "odd.html", page).toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "unknown encoding x-no-such-charset");
    }

    @Test
    void readsHtmlWithUnknownEncodingAsUtf8WhenBytesAreValidUtf8() {
        String page = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Caf\u00e9 Mir\u00f3</p></body></html>";
        String path = write(dir, "declared.html", page).toString();

        CollectingListener listener = readWithGood(path);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(path, good);
        assertThat(listener.documents.get(0).body()).isEqualTo(page);
    }

    @Test
    void skipsMissingPath() {
        String bad = dir.resolve("no-such-file.html").toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "no such file or directory");
    }

    @Test
    void skipsBadFileInsideWalkedDirectoryAndReadsItsNeighbours() {
        Path root = dir.resolve("story");
        write(root, "a.txt", "First note about the ferry.");
        write(root, "b.txt", new byte[0]);
        write(root, "c.txt", "Third note about the ferry.");
        String input = root.toString();

        CollectingListener listener = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read(List.of(input), new ByteArrayInputStream(new byte[0]), listener);

        assertThat(listener.sources()).containsExactly(input + "/a.txt", input + "/c.txt");
        assertThat(listener.skipped).containsExactly(new SkippedInput(input + "/b.txt", "empty input"));
    }

    @Test
    void skipsInputLargerThanTheLimitEvenWhenItOnlyGrowsOnDecompression() {
        String big = write(dir, "big.txt", "Quellmoor bridge. ".repeat(20)).toString();
        String bomb = write(dir, "bomb.txt.gz", TestFiles.gzip("Quellmoor bridge. ".repeat(20))).toString();
        String small = write(dir, "small.txt", "Short note.").toString();

        CollectingListener listener = new CollectingListener();
        new InputReader(new IngestLimits(100, 64, 0.05, 100, 100)).read(List.of(big, bomb, small), new ByteArrayInputStream(new byte[0]), listener);

        assertThat(listener.skipped).containsExactly(
                new SkippedInput(big, "larger than 100 bytes, too big to read"),
                new SkippedInput(bomb, "larger than 100 bytes after decompression, too big to read"));
        assertThat(listener.sources()).containsExactly(small);
    }

    @Test
    void skipsJsonArrayThatIsNotJsonLines() {
        String bad = write(dir, "export.json", "[{\"id\":\"x\",\"text\":\"y\"}]").toString();

        assertSkippedWithGoodKept(readWithGood(bad), bad, "a JSON array, not JSON Lines (one object a line)");
    }

    @Test
    void skipsEmptyStandardInput() {
        CollectingListener listener = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read(List.of("-"), new ByteArrayInputStream(new byte[0]), listener);

        assertThat(listener.documents).isEmpty();
        assertThat(listener.skipped).containsExactly(new SkippedInput("-", "empty input"));
    }
}
