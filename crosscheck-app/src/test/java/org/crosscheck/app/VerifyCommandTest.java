package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}: one statement against inputs, a batch of jobs, and the usage errors. */
class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FESTIVAL = """
            Lantern festival returns to Oskarby harbour
            By Petra Lind
            March 8, 2025

            The lantern festival returned to Oskarby harbour on Saturday after a two-year pause, \
            drawing crowds to the quay for the evening parade.

            Organisers said more than four hundred lanterns were launched from the old ferry pier, \
            and local choirs performed until midnight.

            The harbour master, Ola Brenning, said the festival would be held every spring from now on.
            """;

    @TempDir
    Path dir;

    @Test
    void verifiesOneStatementAgainstTheInputs() throws IOException {
        Files.writeString(dir.resolve("festival.txt"), FESTIVAL, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("verify", "--quiet", "--against", dir.toString(), "--",
                "The lantern festival returned to Oskarby harbour on Saturday after a two-year pause.");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("verdict").asText()).isEqualTo("supported");
        JsonNode evidence = result.get("sentences").get(0).get("evidence").get(0);
        assertThat(evidence.get("relation").asText()).isEqualTo("supports");
        assertThat(evidence.get("sentence").asText()).contains("returned to Oskarby harbour on Saturday");
        assertThat(evidence.get("end").asInt()).isGreaterThan(evidence.get("start").asInt());
    }

    @Test
    void shortStatedTextsAreSourcesForVerifyAsForExtract() throws IOException {
        CliTest.writeShortStatedTexts(dir);
        CliRun against = CliRun.of("verify", "--quiet", "--against", dir.resolve("short.jsonl").toString(),
                dir.resolve("wire.xml").toString(), "--", "Oskarby quay is closed to traffic until Monday.");
        assertThat(against.exitCode()).isZero();
        assertThat(JSON.readTree(against.out()).get("verdict").asText()).isEqualTo("supported");

        Path jobs = dir.resolve("jobs.jsonl");
        Files.writeString(jobs, "{\"id\": \"j1\", \"claim\": \"Skelholm ferry crossings resume today.\", "
                + "\"sources\": [{\"id\": \"brief\", \"text\": \"Skelholm ferry crossings resume today.\"}]}\n",
                StandardCharsets.UTF_8);
        CliRun batch = CliRun.of("verify", "--quiet", "--batch", jobs.toString());
        assertThat(batch.exitCode()).isZero();
        assertThat(JSON.readTree(batch.out()).get("verdict").asText()).isEqualTo("supported");
    }

    @Test
    void aBatchKeepsTheOrderAndNamesABadLine() throws IOException {
        String source = "{\"id\": \"post\", \"text\": \"The harbour master, Ola Brenning, said four hundred lanterns were launched from the old ferry pier on Saturday.\"}";
        Path jobs = dir.resolve("jobs.jsonl");
        Files.writeString(jobs, String.join("\n",
                "{\"id\": \"j1\", \"claim\": \"Ola Brenning said four hundred lanterns were launched from the old ferry pier on Saturday.\", \"sources\": [" + source + "]}",
                "{\"id\": \"j2\", \"sources\": []}",
                "",
                "{\"id\": \"j3\", \"claim\": \"Ola Brenning said four hundred lanterns were not launched from the old ferry pier on Saturday.\", \"sources\": [" + source + "]}"),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("verify", "--quiet", "--batch", jobs.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("crosscheck: " + jobs + "#2: job has no \"claim\" to verify");
        assertThat(run.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(run.outLines().get(0));
        JsonNode second = JSON.readTree(run.outLines().get(1));
        assertThat(first.get("id").asText()).isEqualTo("j1");
        assertThat(first.get("verdict").asText()).isEqualTo("supported");
        assertThat(second.get("id").asText()).isEqualTo("j3");
        assertThat(second.get("verdict").asText()).isEqualTo("conflicting");
        assertThat(second.get("sentences").get(0).get("evidence").get(0).get("kind").asText()).isEqualTo("negation");
    }

    @Test
    void aBatchOnStandardInputAnswersEachJobBeforeTheNextArrives() throws Exception {
        String source = "{\"id\": \"post\", \"text\": \"The harbour master, Ola Brenning, said four hundred lanterns were launched from the old ferry pier on Saturday.\"}";
        java.io.PipedOutputStream jobs = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(jobs);
        java.io.PipedInputStream results = new java.io.PipedInputStream(1 << 16);
        java.io.PrintStream stdout = new java.io.PrintStream(new java.io.PipedOutputStream(results), true, StandardCharsets.UTF_8);
        // threads of their own: a reader blocked in the common pool could starve the pipeline's work there
        java.util.concurrent.ExecutorService running = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Integer> exit = running.submit(() -> {
                try {
                    return Main.run(new String[] {"verify", "--quiet", "--batch", "-"}, stdin, stdout,
                            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                } finally {
                    stdout.close();
                }
            });
            java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(results, StandardCharsets.UTF_8));
            for (String id : java.util.List.of("j1", "j2")) {
                jobs.write(("{\"id\": \"" + id + "\", \"claim\": \"Ola Brenning said lanterns were launched from the ferry pier.\", "
                        + "\"sources\": [" + source + "]}\n").getBytes(StandardCharsets.UTF_8));
                jobs.flush();
                // the answer comes while standard input is still open: the job after it has not been sent
                String line = running.submit(lines::readLine).get(4, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(JSON.readTree(line).get("id").asText()).isEqualTo(id);
            }
            jobs.close();
            assertThat(exit.get(1, java.util.concurrent.TimeUnit.MINUTES)).isZero();
            assertThat(lines.readLine()).isNull();
        } finally {
            running.shutdownNow();
        }
    }

    @Test
    void aStatementNeedsItsSourcesAndABatchNeedsNothingElse() throws IOException {
        assertThat(CliRun.of("verify", "--quiet", "The festival returned.").exitCode()).isEqualTo(2);
        Path jobs = Files.writeString(dir.resolve("jobs.jsonl"), "", StandardCharsets.UTF_8);
        CliRun both = CliRun.of("verify", "--quiet", "--batch", jobs.toString(), "--against", dir.toString(), "x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either --batch FILE or --against");
    }

    @Test
    void aMissingBatchFileProcessesNothing() {
        CliRun run = CliRun.of("verify", "--quiet", "--batch", dir.resolve("absent.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("absent.jsonl: no such file");
    }

    @Test
    void markdownQuotesTheStatementAndItsEvidence() throws IOException {
        Files.writeString(dir.resolve("festival.txt"), FESTIVAL, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("verify", "--quiet", "--format", "markdown", "--against", dir.toString(), "--",
                "The lantern festival returned to Oskarby harbour on Saturday after a two-year pause.");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Verify: supported (score ").contains("> The lantern festival returned")
                .contains("supports, ").containsPattern("\\*\\*supported\\*\\* \\(score [01]\\.\\d\\d; stated by \\d+ source sentences?\\)");
    }
}
