package org.crosscheck.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The numbers provenance runs on. {@link #defaults()} reads them from {@code provenance.properties}
 * beside this class, where each is explained.
 */
public record ProvenanceSettings(int gramChars, double sentenceContainment, int sentenceMinChars,
                                 double duplicateJaccard, double duplicateShare, double duplicateVerbatim, double rewriteShare,
                                 double partialShare, int partialMinSentences, double directionMargin,
                                 int prefilterSample, int prefilterMinShared, int prefilterMaxPosting) {

    public ProvenanceSettings {
        if (gramChars < 1 || sentenceMinChars < 0 || partialMinSentences < 0 || prefilterSample < 1
                || prefilterMinShared < 1 || prefilterMaxPosting < 2) {
            throw new IllegalArgumentException("provenance sizes out of range");
        }
        for (double share : new double[] {sentenceContainment, duplicateJaccard, duplicateShare, duplicateVerbatim, rewriteShare,
                partialShare, directionMargin}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("share out of [0,1]: " + share);
            }
        }
    }

    private static final ProvenanceSettings DEFAULTS = load();

    /** The settings in {@code provenance.properties}. */
    public static ProvenanceSettings defaults() {
        return DEFAULTS;
    }

    private static ProvenanceSettings load() {
        Properties p = new Properties();
        try (InputStream in = ProvenanceSettings.class.getResourceAsStream("provenance.properties")) {
            if (in == null) {
                throw new IllegalStateException("provenance.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read provenance.properties", e);
        }
        return new ProvenanceSettings(
                integer(p, "gram.chars"), decimal(p, "sentence.containment"), integer(p, "sentence.min.chars"),
                decimal(p, "duplicate.jaccard"), decimal(p, "duplicate.share"), decimal(p, "duplicate.verbatim"), decimal(p, "rewrite.share"),
                decimal(p, "partial.share"), integer(p, "partial.min.sentences"), decimal(p, "direction.margin"),
                integer(p, "prefilter.sample"), integer(p, "prefilter.min.shared"), integer(p, "prefilter.max.posting"));
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(require(p, key));
    }

    private static double decimal(Properties p, String key) {
        return Double.parseDouble(require(p, key));
    }

    private static String require(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("provenance.properties lacks " + key);
        }
        return v.strip();
    }
}
