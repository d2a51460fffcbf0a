package org.crosscheck.provenance;

import org.crosscheck.settings.ResourceSettings;

/**
 * The numbers provenance runs on. {@link #defaults()} reads them from {@code provenance.properties}
 * beside this class, where each is explained.
 */
public record ProvenanceSettings(int gramChars, double sentenceContainment, int sentenceMinChars,
                                 double paraphraseContainment, double paraphraseProbability,
                                 double duplicateJaccard, double duplicateShare, double duplicateVerbatim, double duplicateOrder,
                                 double rewriteShare, double partialShare, int partialMinSentences,
                                 double directionContained, double directionMargin,
                                 int prefilterSample, int prefilterMinShared, int prefilterMaxPosting) {

    public ProvenanceSettings {
        if (gramChars < 1 || sentenceMinChars < 0 || partialMinSentences < 0 || prefilterSample < 1
                || prefilterMinShared < 1 || prefilterMaxPosting < 2) {
            throw new IllegalArgumentException("provenance sizes out of range");
        }
        for (double share : new double[] {sentenceContainment, paraphraseContainment, paraphraseProbability, duplicateJaccard,
                duplicateShare, duplicateVerbatim, duplicateOrder, rewriteShare, partialShare, directionContained, directionMargin}) {
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
        return from(shipped());
    }

    /** The shipped {@code provenance.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(ProvenanceSettings.class, "provenance.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code provenance.properties}) and the shipped word lists. */
    public static ProvenanceSettings from(ResourceSettings p) {
        return new ProvenanceSettings(
                p.integer("gram.chars"), p.decimal("sentence.containment"), p.integer("sentence.min.chars"),
                p.decimal("paraphrase.containment"), p.decimal("paraphrase.probability"),
                p.decimal("duplicate.jaccard"), p.decimal("duplicate.share"), p.decimal("duplicate.verbatim"),
                p.decimal("duplicate.order"), p.decimal("rewrite.share"), p.decimal("partial.share"),
                p.integer("partial.min.sentences"), p.decimal("direction.contained"), p.decimal("direction.margin"),
                p.integer("prefilter.sample"), p.integer("prefilter.min.shared"), p.integer("prefilter.max.posting"));
    }
}
