package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --settings FILE} on the verbs, {@code --no-embeddings} on {@code analyze}, and the options of {@code ingest} after the file. */
class SettingsOptionTest {

    private static final String KILN = """
            <!doctype html><html lang="en"><head><title>Brask pottery kiln relit | The Harrowgate Ledger</title>
            <meta property="og:site_name" content="The Harrowgate Ledger">
            <meta property="article:published_time" content="2025-04-02T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <article><h1>Brask pottery kiln relit</h1>
            <p>The old bottle kiln at the Brask pottery was lit on Tuesday for the first time in forty years, \
            the village heritage trust said.</p>
            <p>Volunteers rebuilt its firebox over two winters, and the first firing held three hundred pots \
            made by pupils of the village school.</p>
            <p>Trust chair Mirela Oduya said the kiln would be fired twice a year from now on.</p>
            </article><footer>© 2025 The Harrowgate Ledger.</footer></body></html>
            """;

    @TempDir
    Path dir;

    private Path page;

    @BeforeEach
    void writePage() throws IOException {
        page = dir.resolve("kiln.html");
        Files.writeString(page, KILN, StandardCharsets.UTF_8);
    }

    @Test
    void aSettingInTheFileChangesWhatTheStageDoes() throws IOException {
        CliRun shipped = CliRun.of("extract", "--quiet", page.toString());
        assertThat(shipped.exitCode()).isZero();
        assertThat(shipped.outLines()).hasSize(1);

        Path strict = settings("# a page needs 400 words to be an article\nextract.output.minWords = 400\n");
        CliRun run = CliRun.of("extract", "--quiet", "--settings", strict.toString(), page.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_PROCESSED);
        assertThat(run.outLines()).isEmpty();
        assertThat(run.err()).contains("kiln.html");
    }

    @Test
    void anUnknownKeyIsAUsageErrorOfOneLineNamingTheKeyAndTheFileOnEveryVerb() throws IOException {
        Path bad = settings("dedup.near.duplicate.jaccard=0.9\ndedup.threshold=0.8\n");
        Path store = Files.createDirectories(dir.resolve("store"));
        List<List<String>> verbs = List.of(
                List.of("analyze", "--quiet", page.toString()),
                List.of("extract", "--quiet", page.toString()),
                List.of("ingest", "--quiet", "--store", dir.resolve("new-store").toString(), page.toString()),
                List.of("verify", "--quiet", "--against", page.toString(), "The kiln was lit on Tuesday."),
                List.of("serve", "--store", store.toString(), "--port", "0"));
        for (List<String> verb : verbs) {
            String[] args = java.util.stream.Stream.concat(verb.stream(), java.util.stream.Stream.of("--settings", bad.toString()))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(verb.get(0)).isEqualTo(ExitCode.USAGE);
            assertThat(run.errLines()).as(verb.get(0)).first()
                    .isEqualTo("crosscheck: --settings " + bad + ": unknown setting dedup.threshold in " + bad);
        }
        assertThat(dir.resolve("new-store")).doesNotExist();
    }

    @Test
    void aMissingFileOrARefusedValueIsAUsageError() throws IOException {
        CliRun missing = CliRun.of("extract", "--quiet", "--settings", dir.resolve("none.properties").toString(), page.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("none.properties: no such file");

        CliRun refused = CliRun.of("extract", "--quiet", "--settings", settings("cluster.embeddings=maybe\n").toString(),
                page.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("embeddings is not true or false");
    }

    @Test
    void analyzeTakesNoEmbeddings() throws IOException {
        CliRun run = CliRun.of("analyze", "--quiet", "--no-embeddings", "--single-stories", "deferred", page.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Brask pottery kiln relit");
    }

    @Test
    void ingestTakesItsBatchSizeAndInputLimitsFromTheFileAndItsOptionsAfter() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(page, inputs.resolve("kiln.html"));
        Files.writeString(inputs.resolve("ferry.txt"), """
                Tolvik ferry returns after refit
                May 6, 2025

                The Tolvik ferry sailed again on Monday after a winter refit, the harbour board said.
                """, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("orchard.txt"), """
                Lenby orchard opens to walkers
                May 7, 2025

                The old Lenby orchard opened a footpath to walkers on Tuesday, the parish council said.
                """, StandardCharsets.UTF_8);
        assertThat(Files.size(inputs.resolve("kiln.html"))).isGreaterThan(600);
        Path file = settings("store.batch.size=1\ningest.max.bytes=600\n");

        CliRun run = CliRun.of("ingest", "--no-embeddings", "--settings", file.toString(), inputs.toString(),
                "--store", dir.resolve("store").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.SOME_SKIPPED);
        assertThat(run.err()).contains("kiln.html").contains("larger than 600 bytes");
        assertThat(run.errLines()).filteredOn(l -> l.startsWith("crosscheck: ingested ")).as("a batch per article")
                .containsExactly("crosscheck: ingested 1 articles (0 duplicates, 1 total)",
                        "crosscheck: ingested 1 articles (0 duplicates, 2 total)");

        CliRun option = CliRun.of("ingest", "--no-embeddings", "--settings", file.toString(), "--batch-size", "2",
                inputs.toString(), "--store", dir.resolve("other").toString());
        assertThat(option.errLines()).filteredOn(l -> l.startsWith("crosscheck: ingested ")).as("the option applies after the file")
                .containsExactly("crosscheck: ingested 2 articles (0 duplicates, 2 total)");
    }

    private Path settings(String text) throws IOException {
        Path file = dir.resolve("settings-" + Math.abs(text.hashCode()) + ".properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
