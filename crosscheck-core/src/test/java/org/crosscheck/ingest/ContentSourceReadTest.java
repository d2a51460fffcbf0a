package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.gzip;
import static org.crosscheck.ingest.TestFiles.write;

import java.io.ByteArrayInputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that another file system opens ({@link InputReader#read(String, String, ContentSource, DocumentListener)}) reads as the same file named on the command line. */
class ContentSourceReadTest {

    private static final String STORY = """
            Lantern fair returns to Brisk Hollow

            The lantern fair of Brisk Hollow returned on Saturday after three years, the parish council said.
            """;

    @TempDir
    Path dir;

    @Test
    void aGzippedFileOpenedThroughAContentSourceGivesTheDocumentOfTheSameFileOnDisk() {
        byte[] bytes = gzip(STORY);
        Path file = write(dir, "fair.txt.gz", bytes);
        CollectingListener fromDisk = CollectingListener.read(file.toString());
        CollectingListener opened = new CollectingListener();
        AtomicInteger opens = new AtomicInteger();
        new InputReader(IngestLimits.defaults()).read(file.toString(), "fair.txt.gz", () -> {
            opens.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }, opened);
        assertThat(opened.documents).hasSize(1).isEqualTo(fromDisk.documents);
        assertThat(opens.get()).isGreaterThan(1); // opened again after sniffing the head
    }

    @Test
    void aMissingFileIsSkippedAsOnDisk() {
        CollectingListener opened = new CollectingListener();
        new InputReader(IngestLimits.defaults()).read("hdfs:///news/gone.txt", "gone.txt", () -> {
            throw new NoSuchFileException("hdfs:///news/gone.txt");
        }, opened);
        assertThat(opened.documents).isEmpty();
        assertThat(opened.skipped).containsExactly(new SkippedInput("hdfs:///news/gone.txt", "no such file or directory"));
    }

    @Test
    void aWalkTakesTheNamesOfInputKindsAndNoHiddenOnes() {
        assertThat(InputReader.walkTakes("day-01.warc.gz")).isTrue();
        assertThat(InputReader.walkTakes("_SUCCESS")).isTrue();
        assertThat(InputReader.walkTakes("notes.md")).isFalse();
        assertThat(InputReader.walkTakes(".draft.txt")).isFalse();
    }
}
