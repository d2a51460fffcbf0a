package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/settings.md} is made from the keys a settings file may set, their shipped values and
 * the comments above them in the shipped resource files, so that it cannot drift from them. Run
 * with {@code -Dcrosscheck.writeSettingsDoc=true} to write it after a change to a settings file.
 */
class SettingsDocTest {

    private static final Path DOC = Path.of("../docs/settings.md");

    @Test
    void theDocumentListsEveryKeyWithItsShippedValueAndMeaning() throws IOException {
        String expected = document();
        if (Boolean.getBoolean("crosscheck.writeSettingsDoc")) {
            Files.writeString(DOC, expected);
        }
        assertThat(Files.readString(DOC)).as("docs/settings.md is out of date: rerun this test with "
                + "-Dcrosscheck.writeSettingsDoc=true").isEqualTo(expected);
        for (String key : SettingsFile.keys().keySet()) {
            assertThat(expected).contains("| `" + key + "` |");
        }
    }

    @Test
    void aKeyTakesTheCommentAboveItAndSiblingKeysShareIt() {
        Map<String, String> meanings = meanings("""
                # File header, not a meaning.

                # Words per shingle.
                shingle.words=5

                # Bands and rows,
                # read together.
                lsh.bands=32
                lsh.rows=4
                bare=1
                """);
        assertThat(meanings).containsEntry("shingle.words", "Words per shingle.")
                .containsEntry("lsh.bands", "Bands and rows, read together.")
                .containsEntry("lsh.rows", "Bands and rows, read together.")
                .containsEntry("bare", "Bands and rows, read together.");
        assertThat(meanings("key=1\n")).containsEntry("key", "");
    }

    private static String document() throws IOException {
        Map<String, String> keys = SettingsFile.keys();
        StringBuilder out = new StringBuilder("""
                # Settings

                Every stage takes its settings in its constructor; `PipelineSettings` gathers them, with the
                presets `PipelineSettings.defaults()` (the shipped values below) and `PipelineSettings.fast()`
                (the same, with stories joined on words and names alone: no MiniLM model for clustering; the
                `--no-embeddings` of `analyze` and `ingest`).

                `--settings FILE` (on `analyze`, `extract`, `cluster`, `ingest`, `serve`, `verify` and `spark`) reads a
                UTF-8 properties file of `stage.key=value` lines that replace the shipped values below, for
                example `dedup.near.duplicate.jaccard=0.9`. A key not listed here, a value that does not parse
                or settings a stage refuses (`dedup.lsh.bands` times `dedup.lsh.rows` must equal
                `dedup.minhash.permutations`) stop the command with exit code 2 and a one-line error naming
                the key and the file. Options given on the command line (`--no-embeddings`, `ingest --batch-size`)
                apply after the file.

                This file is generated from the shipped resource files by `SettingsDocTest`
                (`-Dcrosscheck.writeSettingsDoc=true`); the meanings are their comments.
                """);
        for (Map.Entry<String, String> stage : SettingsFile.stageResources().entrySet()) {
            Map<String, String> meanings = meanings(resource(stage.getValue()));
            out.append("\n## `").append(stage.getKey()).append(".*` (`").append(stage.getValue()).append("`)\n\n")
                    .append("| key | default | meaning |\n| --- | --- | --- |\n");
            keys.forEach((key, value) -> {
                if (key.startsWith(stage.getKey() + ".")) {
                    String meaning = meanings.getOrDefault(key.substring(stage.getKey().length() + 1), "");
                    out.append("| `").append(key).append("` | `").append(value).append("` | ")
                            .append(meaning.replace("|", "\\|").replace("<", "&lt;")).append(" |\n");
                }
            });
        }
        return out.toString();
    }

    /** Each key of a properties text with the comment block above it (shared by the keys right under one block). */
    private static Map<String, String> meanings(String properties) {
        Map<String, String> out = new HashMap<>();
        List<String> block = new ArrayList<>();
        boolean afterKey = false;
        for (String raw : properties.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                block.clear();
                afterKey = false;
            } else if (line.startsWith("#")) {
                if (afterKey) {
                    block.clear();
                    afterKey = false;
                }
                String text = line.replaceFirst("^#+\\s?", "").strip();
                if (!text.isEmpty()) {
                    block.add(text);
                }
            } else {
                int eq = line.indexOf('=');
                out.put((eq < 0 ? line : line.substring(0, eq)).strip(), String.join(" ", block));
                afterKey = true;
            }
        }
        return out;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SettingsDocTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
