package org.crosscheck.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers and word list story clustering runs on. {@link #defaults()} reads them from
 * {@code cluster.properties} and {@code stopwords.txt} beside this class, where each is explained.
 *
 * @param joinThreshold  cosine to a story's centroid at or above which an article joins it
 * @param coldDays       days after a story's latest article beyond which it cannot be joined
 * @param titleWeight    weight of a term occurrence in the title
 * @param leadWeight     weight of a term occurrence in the lead paragraph
 * @param bodyWeight     weight of a term occurrence elsewhere in the text
 * @param nameWeight     weight of a capitalised name occurrence, as a term of its own
 * @param candidateTerms how many of an article's strongest terms look up candidate stories
 * @param stopWords      lower-case words never used as terms
 */
public record ClusterSettings(double joinThreshold, int coldDays, int titleWeight, int leadWeight,
                              int bodyWeight, int nameWeight, int candidateTerms, Set<String> stopWords) {

    public ClusterSettings {
        if (joinThreshold <= 0 || joinThreshold > 1) {
            throw new IllegalArgumentException("joinThreshold out of (0,1]: " + joinThreshold);
        }
        if (coldDays < 0 || titleWeight < 0 || leadWeight < 0 || bodyWeight < 0 || nameWeight < 0 || candidateTerms < 1) {
            throw new IllegalArgumentException("days, weights and candidate terms must not be negative");
        }
        stopWords = Set.copyOf(stopWords);
    }

    private static final ClusterSettings DEFAULTS = load();

    /** The settings in {@code cluster.properties} with the words of {@code stopwords.txt}. */
    public static ClusterSettings defaults() {
        return DEFAULTS;
    }

    /** These settings with another join threshold. */
    public ClusterSettings withJoinThreshold(double threshold) {
        return new ClusterSettings(threshold, coldDays, titleWeight, leadWeight, bodyWeight, nameWeight, candidateTerms, stopWords);
    }

    /** These settings with another cold-story gap. */
    public ClusterSettings withColdDays(int days) {
        return new ClusterSettings(joinThreshold, days, titleWeight, leadWeight, bodyWeight, nameWeight, candidateTerms, stopWords);
    }

    private static ClusterSettings load() {
        Properties p = new Properties();
        try (InputStream in = open("cluster.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cluster.properties", e);
        }
        return new ClusterSettings(
                Double.parseDouble(p.getProperty("join.threshold").strip()),
                Integer.parseInt(p.getProperty("cold.days").strip()),
                Integer.parseInt(p.getProperty("weight.title").strip()),
                Integer.parseInt(p.getProperty("weight.lead").strip()),
                Integer.parseInt(p.getProperty("weight.body").strip()),
                Integer.parseInt(p.getProperty("weight.name").strip()),
                Integer.parseInt(p.getProperty("candidate.terms").strip()),
                readStopWords());
    }

    private static Set<String> readStopWords() {
        Set<String> words = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open("stopwords.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopwords.txt", e);
        }
        return words;
    }

    private static InputStream open(String name) {
        InputStream in = ClusterSettings.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " missing from the classpath");
        }
        return in;
    }
}
