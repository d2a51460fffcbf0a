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

/** {@code spark --settings FILE}: checked on the driver before Spark starts. */
class SparkJobSettingsTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownKeyStopsTheJobBeforeSparkStartsNamingTheKeyAndTheFile() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), "Gull Point lighthouse reopens\n\nThe lighthouse reopened.\n");
        Path settings = Files.writeString(dir.resolve("s.properties"), "cluster.join.threshold=0.9\ncluster.joins=2\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new SparkJob()).execute(input.toString(), "--out", dir.resolve("out").toString(),
                    "--settings", settings.toString());
        } finally {
            System.setErr(before);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("crosscheck: --settings " + settings + ": unknown setting cluster.joins in " + settings);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
