package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MsrpCorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsPairsAfterTheHeaderAndBomAndSkipsBrokenLines() throws IOException {
        Path file = dir.resolve("pairs.txt");
        Files.writeString(file, "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
                + "1\t11\t12\tThe mayor of Brisk opened the bridge.\tBrisk's mayor opened the bridge.\n"
                + "not a pair line\n"
                + "0\t13\t14\tThe ferry left at noon. \tThe bridge cost nine million.\n", StandardCharsets.UTF_8);
        List<MsrpCorpus.Pair> pairs = MsrpCorpus.read(file);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0)).isEqualTo(new MsrpCorpus.Pair(true, "11", "12", "The mayor of Brisk opened the bridge.",
                "Brisk's mayor opened the bridge."));
        assertThat(pairs.get(1).paraphrase()).isFalse();
        assertThat(pairs.get(1).first()).isEqualTo("The ferry left at noon.");
    }

    @Test
    void aFileWithoutPairsIsAnError() throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n");
        assertThatThrownBy(() -> MsrpCorpus.read(file)).isInstanceOf(IOException.class);
    }
}
