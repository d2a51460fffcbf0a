package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusCorpusTest {

    @TempDir
    Path dir;

    private static String token(int id, int sentence, int number, String text) {
        return "<token t_id=\"" + id + "\" sentence=\"" + sentence + "\" number=\"" + number + "\">" + text + "</token>\n";
    }

    @Test
    void dropsTheUrlSentenceOfEcbplusFilesAndLabelsByFileName() throws Exception {
        Path topic = Files.createDirectories(dir.resolve("ECB+").resolve("7"));
        String plus = "<Document doc_name=\"7_2ecbplus.xml\">\n" + token(1, 0, 0, "http") + token(2, 0, 1, ":")
                + token(3, 0, 2, "//example.org/a") + token(4, 1, 0, "Harbour") + token(5, 1, 1, "crane")
                + token(6, 1, 2, "falls") + token(7, 2, 0, "It") + token(8, 2, 1, "fell") + token(9, 2, 2, ",")
                + token(10, 2, 3, "\"") + token(11, 2, 4, "loudly") + token(12, 2, 5, "\"") + token(13, 2, 6, ".")
                + "</Document>";
        String ecb = "<Document doc_name=\"7_10ecb.xml\">\n" + token(1, 0, 0, "Crane") + token(2, 0, 1, "(")
                + token(3, 0, 2, "old") + token(4, 0, 3, ")") + token(5, 0, 4, "down") + "</Document>";
        Files.writeString(topic.resolve("7_2ecbplus.xml"), plus);
        Files.writeString(topic.resolve("7_10ecb.xml"), ecb);

        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(dir);

        assertThat(docs).extracting(EcbPlusCorpus.Doc::file).containsExactly("7_2ecbplus", "7_10ecb");
        EcbPlusCorpus.Doc first = docs.get(0);
        assertThat(first.event()).isEqualTo("7ecbplus");
        assertThat(first.topic()).isEqualTo(7);
        assertThat(first.sentences()).containsOnlyKeys(1, 2);
        assertThat(first.sentences().get(2)).isEqualTo("It fell, \"loudly\".");
        assertThat(first.article().title()).isEqualTo("Harbour crane falls");
        assertThat(first.article().text()).isEqualTo("It fell, \"loudly\".");
        assertThat(docs.get(1).event()).isEqualTo("7ecb");
        assertThat(docs.get(1).sentences().get(0)).isEqualTo("Crane (old) down");
    }
}
