package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesInputTest {

    private static final String LINES = """
            {"id":"wire-17","url":"https://wire.example/17","title":"Bridge vote delayed","published":"2024-02-18","byline":"Petra Holm","site":"Wire Example","language":"en","text":"The Quellmoor council delayed its bridge vote."}

            {"id":"gazette-3","html":"<p>Council delays bridge vote again.</p>"}
            {"title":"No id here","text":"A third outlet reported the delay."}
            """;

    @TempDir
    Path dir;

    private static CollectingListener read(String... inputs) {
        return CollectingListener.read(inputs);
    }

    @Test
    void readsEveryObjectKeepingItsIdAndFields() {
        String path = write(dir, "articles.jsonl", LINES).toString();

        CollectingListener listener = read(path);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(path + "#1", path + "#3", path + "#4");
        RawDocument first = listener.documents.get(0);
        assertThat(first.id()).isEqualTo("wire-17");
        assertThat(first.kind()).isEqualTo(RawDocument.ContentKind.TEXT);
        assertThat(first.body()).isEqualTo("The Quellmoor council delayed its bridge vote.");
        assertThat(first.hints()).isEqualTo(new DocumentHints("https://wire.example/17", "Bridge vote delayed",
                "Petra Holm", "2024-02-18", "Wire Example", "en"));
        assertThat(listener.documents.get(1).id()).isEqualTo("gazette-3");
        assertThat(listener.documents.get(1).kind()).isEqualTo(RawDocument.ContentKind.HTML);
        assertThat(listener.documents.get(2).id())
                .isEqualTo(ArticleIds.derive("articles.jsonl", "4", "A third outlet reported the delay."));
    }

    @Test
    void readsGzippedJsonLinesWithTheSameIdsAsPlain() {
        String plain = write(dir.resolve("plain"), "articles.jsonl", LINES).toString();
        String gz = write(dir.resolve("gz"), "articles.jsonl.gz", TestFiles.gzip(LINES)).toString();

        CollectingListener listener = read(plain, gz);

        assertThat(listener.sources()).containsExactly(plain + "#1", plain + "#3", plain + "#4",
                gz + "#1", gz + "#3", gz + "#4");
        List<String> ids = listener.documents.stream().map(RawDocument::id).toList();
        assertThat(ids.subList(3, 6)).isEqualTo(ids.subList(0, 3));
    }

    @Test
    void skipsBadLinesWithReasonsAndKeepsTheGoodOnes() {
        String lines = """
                {"id":"a1","text":"First good line about the Velka dam."}
                this is not json
                ["an","array"]
                {"id":"a4","title":"no body"}
                {"id":"a5","text":"Last good line about the Velka dam."}
                """;
        String path = write(dir, "mixed.jsonl", lines).toString();

        CollectingListener listener = read(path);

        assertThat(listener.documents).extracting(RawDocument::id).containsExactly("a1", "a5");
        assertThat(listener.skipped).extracting(SkippedInput::source).containsExactly(path + "#2", path + "#3", path + "#4");
        assertThat(listener.skipped.get(0).reason()).startsWith("line is not valid JSON: ");
        assertThat(listener.skipped.get(1).reason()).isEqualTo("line is not a JSON object");
        assertThat(listener.skipped.get(2).reason()).isEqualTo("object has neither \"text\" nor \"html\"");
    }

    private static byte[] withInvalidByteOnLineTwo() {
        return TestFiles.concat(TestFiles.utf8("{\"id\":\"a\",\"text\":\"The Quellmoor ferry sailed.\"}\n"
                        + "{\"id\":\"b\",\"text\":\"Bad byte "), new byte[] {(byte) 0xff},
                TestFiles.utf8(" here.\"}\n{\"id\":\"c\",\"text\":\"The Quellmoor ferry returned.\"}\n"));
    }

    @Test
    void oneInvalidUtf8ByteCostsItsLineNotTheFile() {
        String path = TestFiles.write(dir, "articles.jsonl", withInvalidByteOnLineTwo()).toString();

        CollectingListener listener = read(path);

        assertThat(listener.sources()).containsExactly(path + "#1", path + "#3");
        assertThat(listener.skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(path + "#2");
            assertThat(s.reason()).contains("not valid UTF-8");
        });
    }

    @Test
    void oneInvalidUtf8ByteOnStandardInputCostsItsLineToo() {
        CollectingListener listener = CollectingListener.read(
                new java.io.ByteArrayInputStream(TestFiles.gzip(withInvalidByteOnLineTwo())), "-");

        assertThat(listener.sources()).containsExactly("-#1", "-#3");
        assertThat(listener.skipped).singleElement().satisfies(s -> assertThat(s.source()).isEqualTo("-#2"));
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedUnreadAndTheOthersKept() {
        String longLine = "{\"id\":\"long\",\"text\":\"" + "word ".repeat(100) + "\"}";
        String path = write(dir, "long.jsonl", "{\"id\":\"a\",\"text\":\"Short one.\"}\n" + longLine
                + "\n{\"id\":\"c\",\"text\":\"Short two.\"}\n").toString();
        IngestLimits defaults = IngestLimits.defaults();
        IngestLimits small = new IngestLimits(defaults.maxBytes(), defaults.sniffBytes(),
                defaults.binaryMaxControlShare(), 200, defaults.maxWarcHeaderBytes());
        CollectingListener listener = new CollectingListener();

        new InputReader(small).read(List.of(path), java.io.InputStream.nullInputStream(), listener);

        assertThat(listener.sources()).containsExactly(path + "#1", path + "#3");
        assertThat(listener.skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(path + "#2");
            assertThat(s.reason()).startsWith("line longer than 200 bytes");
        });
    }
}
