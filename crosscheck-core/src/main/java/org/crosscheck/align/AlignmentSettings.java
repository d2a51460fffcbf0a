package org.crosscheck.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Thresholds and word lists of the aligner, read from the resource files beside this class
 * (each value is commented there).
 *
 * @param sameFactSimilarity         cosine from which two claims are proposed as one fact
 * @param conflictSimilarity         cosine from which two claims are examined for a conflict
 * @param minSharedContentWords      content stems two claims need when they share no entity
 * @param numberTolerance            relative difference under which two numbers agree
 * @param approximateNumberTolerance the same when one number is approximate
 * @param stopWords                  function words left out of content comparison
 * @param approximationCues          words that mark a number as approximate
 * @param occurrenceCues             words that mark another occurrence of a recurring event
 * @param denialVerbs                verbs by which a claim denies what it reports
 */
record AlignmentSettings(double sameFactSimilarity, double conflictSimilarity, int minSharedContentWords,
                         double numberTolerance, double approximateNumberTolerance, Set<String> stopWords,
                         List<String> approximationCues, Set<String> occurrenceCues, Set<String> denialVerbs) {

    AlignmentSettings {
        stopWords = Set.copyOf(stopWords);
        approximationCues = List.copyOf(approximationCues);
        occurrenceCues = Set.copyOf(occurrenceCues);
        denialVerbs = Set.copyOf(denialVerbs);
    }

    /** The settings shipped in the resource files. */
    static AlignmentSettings defaults() {
        Properties p = new Properties();
        try (InputStream in = open("alignment.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AlignmentSettings(
                Double.parseDouble(p.getProperty("sameFactSimilarity")),
                Double.parseDouble(p.getProperty("conflictSimilarity")),
                Integer.parseInt(p.getProperty("minSharedContentWords")),
                Double.parseDouble(p.getProperty("numberTolerance")),
                Double.parseDouble(p.getProperty("approximateNumberTolerance")),
                new LinkedHashSet<>(words("stopwords.txt")),
                words("approximation-cues.txt"),
                new LinkedHashSet<>(words("occurrence-cues.txt")),
                new LinkedHashSet<>(words("denial-verbs.txt")));
    }

    private static List<String> words(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = AlignmentSettings.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/crosscheck/align/" + name);
        }
        return in;
    }
}
