package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceSplitter;

/**
 * Aligns the sentences of two articles by character n-gram containment: for each sentence of one
 * text, the sentence of the other that holds the largest share of its n-grams. A sentence is
 * reused when that share reaches the threshold, so copied sentences count even after light
 * edits, while sentences that merely share names and common words do not.
 */
public final class SentenceAligner {

    private final ProvenanceSettings settings;
    private final SentenceSplitter splitter;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    public SentenceAligner() {
        this(ProvenanceSettings.defaults(), new SentenceSplitter());
    }

    public SentenceAligner(ProvenanceSettings settings, SentenceSplitter splitter) {
        this.settings = settings;
        this.splitter = splitter;
    }

    /** How much of {@code first} and {@code second} the other reuses. */
    public SentenceAlignment align(Article first, Article second) {
        return align(prepare(first), prepare(second));
    }

    PreparedText prepare(Article article) {
        return PreparedText.of(article, splitter, fingerprinter, settings);
    }

    SentenceAlignment align(PreparedText a, PreparedText b) {
        List<SentenceMatch> matchesOfB = new ArrayList<>();
        Side ofB = side(b, a, matchesOfB);
        Side ofA = side(a, b, null);
        return new SentenceAlignment(a.article.id(), b.article.id(), ofA.share, ofB.share, ofA.reused, ofB.reused, matchesOfB);
    }

    private record Side(double share, int reused) {
    }

    /** Matches every sentence of {@code text} against the sentences of {@code other}. */
    private Side side(PreparedText text, PreparedText other, List<SentenceMatch> matches) {
        Map<Long, int[]> index = other.sentencesByGram();
        int[] counts = new int[other.sentences.size()];
        int reusedChars = 0;
        int reused = 0;
        for (int s = 0; s < text.sentences.size(); s++) {
            long[] grams = text.grams[s];
            if (grams.length == 0) {
                continue;
            }
            java.util.Arrays.fill(counts, 0);
            for (long g : grams) {
                int[] hits = index.get(g);
                if (hits != null) {
                    for (int o : hits) {
                        counts[o]++;
                    }
                }
            }
            int best = -1;
            for (int o = 0; o < counts.length; o++) {
                if (counts[o] > 0 && (best < 0 || counts[o] > counts[best])) {
                    best = o;
                }
            }
            if (best < 0) {
                continue;
            }
            double containment = (double) counts[best] / grams.length;
            boolean isReused = containment >= settings.sentenceContainment();
            if (isReused) {
                reused++;
                reusedChars += text.lengths[s];
            }
            if (matches != null) {
                matches.add(new SentenceMatch(text.sentences.get(s), other.sentences.get(best), containment, isReused));
            }
        }
        double share = text.totalChars == 0 ? 0 : Math.min(1.0, (double) reusedChars / text.totalChars);
        return new Side(share, reused);
    }
}
