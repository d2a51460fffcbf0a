package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummEditsCorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsSamplesWithTheirArticleAndLabels() throws IOException {
        Files.writeString(dir.resolve("summedits_news.json"), """
                [{"id": "abc_og", "doc": "The ferry resumed.", "summary": "The ferry resumed.", "original_summary": "The ferry resumed.",
                  "label": 1, "edit_types": [], "split": "test"},
                 {"id": "abc_3", "doc": "The ferry resumed.", "summary": "The ferry stopped.", "original_summary": "The ferry resumed.",
                  "label": 0, "edit_types": ["antonym_swap"], "split": "test"}]
                """);
        List<SummEditsCorpus.Sample> samples = SummEditsCorpus.read(dir);
        assertThat(samples).hasSize(2);
        assertThat(samples.get(0).docId()).isEqualTo("abc");
        assertThat(samples.get(0).consistent()).isTrue();
        assertThat(samples.get(1).consistent()).isFalse();
        assertThat(samples.get(1).editTypes()).containsExactly("antonym_swap");
        assertThat(samples.get(1).summary()).isEqualTo("The ferry stopped.");
    }
}
