package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The spark verb keeps the interface's exit codes and standard error: a skipped input is named
 * with its reason and the run exits with 1, the rest written; {@code --quiet} leaves out the
 * closing line.
 */
class SparkJobExitTest {

    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream before = System.err;
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return new CommandLine(new SparkJob()).execute(args);
        } finally {
            System.setErr(before);
            err = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSkippedInputIsNamedOnStandardErrorAndTheRunExitsWithOne() throws IOException {
        Path good = Files.writeString(dir.resolve("harbour.txt"),
                "Gull Point lighthouse reopens\n\nThe Gull Point lighthouse reopened on Friday after a year of repairs.\n");
        Path broken = Files.write(dir.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Path out = dir.resolve("out");

        int code = run(good.toString(), broken.toString(), "--out", out.toString(), "--master", "local[1]", "--until", "cluster");

        assertThat(code).isEqualTo(1);
        assertThat(err.lines().filter(l -> l.startsWith("crosscheck: ") && l.contains(broken.toString()))).hasSize(1);
        assertThat(Files.readString(out.resolve("articles.jsonl"))).contains("Gull Point lighthouse reopens");
    }

    @Test
    void quietLeavesOutTheClosingLine() throws IOException {
        Path good = Files.writeString(dir.resolve("harbour.txt"),
                "Gull Point lighthouse reopens\n\nThe Gull Point lighthouse reopened on Friday after a year of repairs.\n");

        int code = run(good.toString(), "--out", dir.resolve("out").toString(), "--master", "local[1]", "--until", "cluster", "--quiet");

        assertThat(code).isEqualTo(0);
        assertThat(err.lines().filter(l -> l.startsWith("crosscheck: "))).isEmpty();
    }
}
