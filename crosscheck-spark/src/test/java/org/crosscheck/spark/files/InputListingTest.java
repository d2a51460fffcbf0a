package org.crosscheck.spark.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs listed through Hadoop's file systems: the files a local walk takes, in its order, under plain paths and {@code file:} URIs. */
class InputListingTest {

    @TempDir
    Path dir;

    private final HadoopFiles hadoop = new HadoopFiles(new Configuration());

    @BeforeEach
    void tree() throws IOException {
        write("b/second.txt", "Kelvor pier reopens\n\nThe pier reopened on Tuesday.\n");
        write("a/first.html", "<html><head><title>Lantern fair</title></head><body><p>The fair opened.</p></body></html>");
        write("a/nested/third.jsonl", "{\"id\":\"x1\",\"title\":\"Mill fire\",\"text\":\"A mill burned down.\"}\n");
        write("a/notes.md", "# not an article\n");
        write(".hidden/fourth.txt", "Hidden\n\nNever read.\n");
        write("b/.draft.txt", "Draft\n\nNever read.\n");
        write("noextension", "Quay works\n\nThe quay works began.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aPlainDirectoryListsTheFilesOfTheCoresWalkInItsOrder() {
        List<String> want = new Pipeline(PipelineSettings.defaults()).inputFiles(List.of(dir.toString()), s -> { });
        List<InputFile> listed = InputListing.list(hadoop, List.of(dir.toString()), s -> { });
        assertThat(listed).extracting(InputFile::source).isEqualTo(want);
        assertThat(want).hasSize(4);
        assertThat(listed).extracting(InputFile::fileName).containsExactly("first.html", "third.jsonl", "second.txt", "noextension");
    }

    @Test
    void aFileUriListsTheSameFilesUnderTheUriAndOpensThem() throws IOException {
        String uri = dir.toUri().toString(); // file:///tmp/.../
        List<InputFile> plain = InputListing.list(hadoop, List.of(dir.toString()), s -> { });
        List<InputFile> listed = InputListing.list(hadoop, List.of(uri), s -> { });
        assertThat(uri).startsWith("file:/");
        assertThat(listed).extracting(InputFile::source)
                .isEqualTo(plain.stream().map(f -> uri + f.source().substring(dir.toString().length() + 1)).toList());
        try (InputStream in = hadoop.content(listed.get(2).uri()).open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Kelvor pier reopens");
        }
    }

    @Test
    void aMissingFileIsListedAsGivenAndOpeningItSaysNoSuchFile() {
        List<SkippedInput> skipped = new ArrayList<>();
        String missing = dir.resolve("gone.txt").toUri().toString();
        List<InputFile> listed = InputListing.list(hadoop, List.of(missing), skipped::add);
        assertThat(skipped).isEmpty();
        assertThat(listed).extracting(InputFile::source).containsExactly(missing);
        assertThatThrownBy(() -> hadoop.content(listed.get(0).uri()).open()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void anUnknownSchemeIsOneLineNamingIt() {
        assertThatThrownBy(() -> InputListing.list(hadoop, List.of("nosuchfs://bucket/news/"), s -> { }))
                .isInstanceOf(UnknownFileSystemException.class)
                .hasMessageStartingWith("nosuchfs://bucket/news: no file system for scheme \"nosuchfs\"")
                .hasMessageNotContaining("\n");
    }
}
