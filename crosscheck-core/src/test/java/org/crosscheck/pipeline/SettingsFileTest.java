package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.DedupWindow;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.dedup.NearDuplicateIndex;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.ProvenanceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    private static final String NOTICE = """
            The harbour board of Velmora said on Tuesday that the north ferry pier will close for six weeks \
            from the first of May while divers replace the timber piles under the landing stage, and that \
            passengers for Islay Rock will board at the fish quay instead. The board's engineer, Tova Brandt, \
            said the piles had been found soft during an inspection in February and that the work could not \
            wait for the autumn. Ticket prices and timetables stay the same, the board said.""";

    @TempDir
    Path dir;

    @Test
    void aValueInTheFileReplacesTheShippedOneOfItsStageOnly() throws IOException {
        PipelineSettings base = new PipelineSettings(1);
        PipelineSettings read = SettingsFile.read(file("dedup.near.duplicate.jaccard = 0.95\n"), base);
        assertThat(base.dedup().nearDuplicate()).isEqualTo(0.8);
        assertThat(read.dedup().nearDuplicate()).isEqualTo(0.95);
        assertThat(read.dedup().permutations()).isEqualTo(base.dedup().permutations());
        assertThat(read.cluster()).isSameAs(base.cluster());
        assertThat(read.alignment()).isSameAs(base.alignment());
        assertThat(read.threads()).isEqualTo(1);
    }

    @Test
    void theInputLimitsTheDedupWindowAndTheStoreBatchAreSettingsToo() throws IOException {
        PipelineSettings base = new PipelineSettings(1);
        PipelineSettings read = SettingsFile.read(file("ingest.max.line.bytes=1024\ndedup.window.days=9\nstore.batch.size=16\n"), base);
        assertThat(read.input().maxLineBytes()).isEqualTo(1024);
        assertThat(read.input().maxBytes()).isEqualTo(base.input().maxBytes());
        assertThat(read.dedup().window()).isEqualTo(new DedupWindow(9, base.dedup().window().maxEntries()));
        assertThat(read.ingest().batchSize()).isEqualTo(16);
        assertThat(base.ingest().batchSize()).isEqualTo(64);
        assertThatThrownBy(() -> SettingsFile.read(file("store.batch.size=0\n"), base)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("store settings refused");
    }

    @Test
    void aHigherThresholdMakesTwoNearCopiesNoLongerDuplicates() {
        PipelineSettings shipped = new PipelineSettings(1);
        PipelineSettings strict = SettingsFile.apply(Map.of("dedup.near.duplicate.jaccard", "0.99"), "test", shipped);
        assertThat(nearCopiesFound(shipped)).isTrue();
        assertThat(nearCopiesFound(strict)).isFalse();
    }

    private static boolean nearCopiesFound(PipelineSettings settings) {
        Fingerprinter fingerprinter = new Fingerprinter(settings.dedup());
        NearDuplicateIndex index = new NearDuplicateIndex(settings.dedup());
        index.add(print(fingerprinter, "first", NOTICE));
        return !index.add(print(fingerprinter, "second", NOTICE.replace("six weeks", "seven weeks"))).isEmpty();
    }

    private static Fingerprint print(Fingerprinter fingerprinter, String id, String text) {
        return fingerprinter.fingerprint(new Article(id, id + ".txt", null, null, null, null, null, "en", text));
    }

    @Test
    void presetsDifferOnlyWhereTheySay() {
        PipelineSettings defaults = PipelineSettings.defaults();
        PipelineSettings fast = PipelineSettings.fast();
        assertThat(defaults.cluster().embeddings()).isTrue();
        assertThat(fast.cluster().embeddings()).isFalse();
        assertThat(fast.withCluster(defaults.cluster())).isEqualTo(defaults);
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKeyAndTheFile() throws IOException {
        Path file = file("dedup.near.duplicate.jaccard=0.9\ndedup.threshold=0.8\n");
        assertThatThrownBy(() -> SettingsFile.read(file, new PipelineSettings(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown setting dedup.threshold in " + file);
    }

    @Test
    void anUnknownStageOrAKeyNoStageReadsIsUnknown() {
        PipelineSettings base = new PipelineSettings(1);
        assertThatThrownBy(() -> SettingsFile.apply(Map.of("summary.length", "3"), "f.properties", base))
                .hasMessage("unknown setting summary.length in f.properties");
        assertThatThrownBy(() -> SettingsFile.apply(Map.of("dedup.window.weeks", "5"), "f.properties", base))
                .hasMessage("unknown setting dedup.window.weeks in f.properties");
        assertThatThrownBy(() -> SettingsFile.apply(Map.of("dedup", "5"), "f.properties", base))
                .hasMessage("unknown setting dedup in f.properties");
    }

    @Test
    void aValueTheStageRefusesIsAnErrorNamingTheFile() {
        PipelineSettings base = new PipelineSettings(1);
        assertThatThrownBy(() -> SettingsFile.apply(Map.of("dedup.lsh.bands", "many"), "f.properties", base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("f.properties: dedup settings refused:")
                .hasMessageContaining("lsh.bands");
        assertThatThrownBy(() -> SettingsFile.apply(Map.of("dedup.lsh.bands", "7"), "f.properties", base))
                .hasMessageContaining("bands * rowsPerBand must equal permutations");
        assertThatThrownBy(() -> SettingsFile.apply(Map.of("cluster.embeddings", "yes"), "f.properties", base))
                .hasMessageContaining("embeddings is not true or false");
    }

    @Test
    void everyKeyComesWithItsShippedValue() {
        Map<String, String> keys = SettingsFile.keys();
        assertThat(keys).containsEntry("dedup.near.duplicate.jaccard", "0.8")
                .containsEntry("cluster.embeddings", "true")
                .containsKeys("extract.output.minWords", "provenance.duplicate.jaccard", "align.conflictSimilarity",
                        "verify.candidates", "ingest.max.bytes", "store.batch.size")
                .containsEntry("dedup.window.days", "3");
        PipelineSettings same = SettingsFile.apply(keys, "shipped", new PipelineSettings(1));
        assertThat(same.dedup()).isEqualTo(DedupSettings.defaults());
        assertThat(same.provenance()).isEqualTo(ProvenanceSettings.defaults());
        assertThat(same).isEqualTo(new PipelineSettings(1));
    }

    private Path file(String text) throws IOException {
        Path file = dir.resolve("my.properties");
        Files.writeString(file, text);
        return file;
    }
}
