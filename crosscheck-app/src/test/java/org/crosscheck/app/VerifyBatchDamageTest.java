package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.verify.VerifyJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --batch} on damaged or hostile batches: the verdicts reached before the damage
 * are kept (also in {@code -o}), the damage is one line naming the input, a line past the limit
 * is skipped unread, and an overlong statement is refused.
 */
class VerifyBatchDamageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "{\"id\": \"post\", \"text\": \"The harbour master, Ola Brenning, said four hundred "
            + "lanterns were launched from the old ferry pier on Saturday.\"}";

    @TempDir
    Path dir;

    private static String job(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"claim\": \"Ola Brenning said lanterns were launched from the ferry pier.\", "
                + "\"sources\": [" + SOURCE + "]" + extra + "}\n";
    }

    private static byte[] gzip(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aTruncatedGzipBatchKeepsTheVerdictsBeforeTheDamageAlsoInTheOutputFile() throws IOException {
        byte[] noise = new byte[30_000];
        new Random(7).nextBytes(noise);
        String padding = ", \"note\": \"" + java.util.HexFormat.of().formatHex(noise) + "\"";
        byte[] whole = gzip((job("j1", "") + job("j2", "") + job("j3", padding)).getBytes(StandardCharsets.UTF_8));
        Path jobs = Files.write(dir.resolve("jobs.jsonl.gz"), Arrays.copyOf(whole, whole.length - 10_000));
        Path output = dir.resolve("verdicts.jsonl");

        CliRun run = CliRun.of("verify", "--quiet", "--batch", jobs.toString(), "-o", output.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("crosscheck: " + jobs + ": damaged after line 2")
                .endsWith("the 2 results before it are kept"));
        List<String> written = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(written).hasSize(2);
        assertThat(JSON.readTree(written.get(0)).get("id").asText()).isEqualTo("j1");
        assertThat(JSON.readTree(written.get(1)).get("id").asText()).isEqualTo("j2");
    }

    @Test
    void aLineThatInflatesPastTheLimitIsSkippedUnreadAndTheNextJobJudged() throws IOException {
        byte[] endless = new byte[40 * 1024 * 1024];
        Arrays.fill(endless, (byte) 'a');
        Path jobs = Files.write(dir.resolve("bomb.jsonl.gz"), gzip("{\"id\": \"bomb\", \"claim\": \"".getBytes(StandardCharsets.UTF_8),
                endless, "\"}\n".getBytes(StandardCharsets.UTF_8), job("j2", "").getBytes(StandardCharsets.UTF_8)));

        CliRun run = CliRun.of("verify", "--quiet", "--batch", jobs.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("crosscheck: " + jobs + "#1: line longer than 32 MB"));
        assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(JSON.readTree(line).get("id").asText()).isEqualTo("j2"));
    }

    @Test
    void anOverlongStatementIsRefusedAsAUsageErrorAndInABatchAsABadLine() throws IOException {
        String statement = "Ola Brenning said lanterns were launched. ".repeat(VerifyJob.MAX_STATEMENT_CHARS / 40);
        Files.writeString(dir.resolve("post.txt"), "Lanterns\n\nThe harbour master, Ola Brenning, said lanterns were launched.\n");
        CliRun one = CliRun.of("verify", "--quiet", "--against", dir.resolve("post.txt").toString(), "--", statement);
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("verify takes at most 10,000");

        Path jobs = Files.writeString(dir.resolve("jobs.jsonl"), "{\"id\": \"long\", \"claim\": \"" + statement + "\", \"sources\": ["
                + SOURCE + "]}\n" + job("j2", ""));
        CliRun batch = CliRun.of("verify", "--quiet", "--batch", jobs.toString());
        assertThat(batch.exitCode()).isEqualTo(1);
        assertThat(batch.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("crosscheck: " + jobs + "#1: the statement is").contains("at most 10,000"));
        assertThat(batch.outLines()).hasSize(1);
    }
}
