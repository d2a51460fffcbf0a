package org.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Thresholds and cue lists of the extraction cascade, as values. {@link #defaults()} reads them once
 * from the resource files beside this class ({@code extraction.properties}, the class/id cue lists,
 * {@code furniture-lines.txt}, {@code date-lines.txt}); every value there carries a comment on where
 * it came from.
 */
public record ExtractionSettings(
        int structuredMinChars, double structuredMaxLinkDensity, double domOverJsonLdRatio,
        int scoringMinParagraphChars, int scoringMinChars, double classWeight,
        double blockMaxLinkDensity,
        int baselineMinParagraphChars, double baselineRescueRatio,
        int outputMinWords,
        int furnitureMaxWords, int furnitureMaxListLines, int furnitureMaxHeadlineWords,
        int headMaxLines, int headMaxTitleWords, int headMaxBylineWords,
        Set<String> positiveClassCues, Set<String> negativeClassCues, Set<String> removalClassCues,
        List<String> furnitureLines, List<String> dateLines) {

    private static volatile ExtractionSettings defaults;

    public ExtractionSettings {
        positiveClassCues = Set.copyOf(positiveClassCues);
        negativeClassCues = Set.copyOf(negativeClassCues);
        removalClassCues = Set.copyOf(removalClassCues);
        furnitureLines = List.copyOf(furnitureLines);
        dateLines = List.copyOf(dateLines);
    }

    /** The settings in the resource files, read once per JVM. */
    public static ExtractionSettings defaults() {
        ExtractionSettings s = defaults;
        if (s == null) {
            synchronized (ExtractionSettings.class) {
                s = defaults;
                if (s == null) {
                    s = load();
                    defaults = s;
                }
            }
        }
        return s;
    }

    private static ExtractionSettings load() {
        Properties p = new Properties();
        try (InputStream in = open("extraction.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extraction.properties", e);
        }
        return new ExtractionSettings(
                integer(p, "structured.minChars"), decimal(p, "structured.maxLinkDensity"),
                decimal(p, "structured.domOverJsonLdRatio"),
                integer(p, "scoring.minParagraphChars"), integer(p, "scoring.minChars"),
                decimal(p, "scoring.classWeight"),
                decimal(p, "block.maxLinkDensity"),
                integer(p, "baseline.minParagraphChars"), decimal(p, "baseline.rescueRatio"),
                integer(p, "output.minWords"),
                integer(p, "furniture.maxWords"), integer(p, "furniture.maxListLines"),
                integer(p, "furniture.maxHeadlineWords"),
                integer(p, "head.maxLines"), integer(p, "head.maxTitleWords"), integer(p, "head.maxBylineWords"),
                words(lines("positive-class-cues.txt")), words(lines("negative-class-cues.txt")),
                words(lines("removal-class-cues.txt")),
                lines("furniture-lines.txt"), lines("date-lines.txt"));
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = ExtractionSettings.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("extraction resource missing from the classpath: " + name);
        }
        return in;
    }

    /** The non-blank, non-comment lines of a resource file, stripped. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    private static Set<String> words(List<String> lines) {
        Set<String> out = new TreeSet<>();
        lines.forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(required(p, key));
    }

    private static double decimal(Properties p, String key) {
        return Double.parseDouble(required(p, key));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("extraction.properties lacks " + key);
        }
        return v.strip();
    }
}
