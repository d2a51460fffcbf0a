package org.crosscheck.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One stage's golden set under {@code src/test/resources/golden/<stage>/}: its sample files and
 * the quality floors recorded beside them in {@code floor.properties}. A gate measures its stage
 * on the samples and fails when a score falls below its floor; lowering a floor is a change to
 * that data file.
 */
public final class GoldenSet {

    private final String stage;
    private final Properties floors = new Properties();

    private GoldenSet(String stage) {
        this.stage = stage;
        try {
            floors.load(new StringReader(text("floor.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden set of a stage ("extract", "align", "provenance", "verify"). */
    public static GoldenSet of(String stage) {
        return new GoldenSet(stage);
    }

    /** A sample file's text. */
    public String text(String file) {
        String path = "/golden/" + stage + "/" + file;
        try (InputStream in = GoldenSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a tab-separated sample file, blank lines and lines starting with {@code #} left out. */
    public List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : text(file).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /** The recorded floor of a score. */
    public double floor(String score) {
        String value = floors.getProperty(score);
        if (value == null) {
            throw new IllegalStateException("no floor for " + score + " in golden/" + stage + "/floor.properties");
        }
        return Double.parseDouble(value.strip());
    }

    /** Fails, naming the score, its value and its floor, when the score is below its recorded floor. */
    public void assertAtFloor(String score, double value, String detail) {
        double floor = floor(score);
        assertThat(value)
                .as("%s %s = %s is below its floor %s (golden/%s/floor.properties)%s", stage, score,
                        String.format(Locale.ROOT, "%.3f", value), floor, stage, detail.isEmpty() ? "" : "; " + detail)
                .isGreaterThanOrEqualTo(floor);
    }
}
