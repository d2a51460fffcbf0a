package org.crosscheck.provenance;

import java.util.Optional;
import org.crosscheck.dedup.MinHasher;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/**
 * Decides whether and how one article derives from another, from their sentence alignment and
 * fingerprints. Kinds: duplicate when the texts are the same (equal normalised-text hash, MinHash
 * Jaccard or both reused shares at the duplicate level); else, with the direction settled, rewrite
 * when most of the later text is reused, partial when a smaller share and at least a few of its
 * sentences are. Direction: the earlier publication day is the source; with no such day, the
 * fuller text (whose own reused share is clearly lower: it contains the other) is, then the
 * longer; a duplicate with no date to tell, or a tie, keeps id order and says so.
 */
public final class DerivationJudge {

    private final ProvenanceSettings settings;
    private final SentenceAligner aligner;

    public DerivationJudge() {
        this(ProvenanceSettings.defaults(), new SentenceAligner());
    }

    public DerivationJudge(ProvenanceSettings settings, SentenceAligner aligner) {
        this.settings = settings;
        this.aligner = aligner;
    }

    /** The derivation between two articles, either way round, or empty when neither reuses the other. */
    public Optional<Derivation> judge(Article first, Article second) {
        PreparedText a = aligner.prepare(first);
        PreparedText b = aligner.prepare(second);
        return judge(a, b, aligner.align(a, b));
    }

    /**
     * Share of the second text (by characters) in sentences found word for word in the first:
     * a rewrite reuses most sentences with a few words changed, a duplicate reuses them as they are.
     */
    private double verbatimShareOfSecond(SentenceAlignment alignment, int totalChars) {
        long verbatim = 0;
        for (SentenceMatch m : alignment.matchesOfSecond()) {
            if (m.containment() >= settings.duplicateVerbatim()) {
                verbatim += m.sentence().text().length();
            }
        }
        return totalChars == 0 ? 0 : Math.min(1.0, (double) verbatim / totalChars);
    }

    Optional<Derivation> judge(PreparedText a, PreparedText b, SentenceAlignment alignment) {
        if (a.article.id().equals(b.article.id()) || a.totalChars == 0 || b.totalChars == 0) {
            // an empty text (failed extraction) shares nothing, even when two hash the same
            return Optional.empty();
        }
        boolean exact = a.fingerprint.textHash() == b.fingerprint.textHash();
        double jaccard = MinHasher.estimateJaccard(a.fingerprint.minHash(), b.fingerprint.minHash());
        boolean duplicate = exact || jaccard >= settings.duplicateJaccard()
                || (alignment.shareOfFirst() >= settings.duplicateShare() && alignment.shareOfSecond() >= settings.duplicateShare()
                    && verbatimShareOfSecond(alignment, b.totalChars) >= settings.duplicateShare());
        DirectionBasis basis = byDate(a.article.published(), b.article.published());
        boolean firstIsSource;
        if (basis != null) {
            firstIsSource = a.article.published().lastDay().isBefore(b.article.published().firstDay());
        } else if (!duplicate && Math.abs(alignment.shareOfFirst() - alignment.shareOfSecond()) >= settings.directionMargin()) {
            basis = DirectionBasis.CONTAINMENT;
            firstIsSource = alignment.shareOfFirst() < alignment.shareOfSecond();
        } else if (!duplicate && Math.abs(a.totalChars - b.totalChars)
                >= settings.directionMargin() * Math.max(a.totalChars, b.totalChars)) {
            basis = DirectionBasis.LENGTH;
            firstIsSource = a.totalChars > b.totalChars;
        } else {
            basis = DirectionBasis.UNDECIDED;
            firstIsSource = a.article.id().compareTo(b.article.id()) < 0;
        }
        PreparedText from = firstIsSource ? a : b;
        PreparedText to = firstIsSource ? b : a;
        double shareOfTo = firstIsSource ? alignment.shareOfSecond() : alignment.shareOfFirst();
        int reusedOfTo = firstIsSource ? alignment.reusedOfSecond() : alignment.reusedOfFirst();
        ReuseKind kind;
        if (duplicate) {
            kind = ReuseKind.DUPLICATE;
            shareOfTo = exact ? 1.0 : shareOfTo;
        } else if (shareOfTo >= settings.rewriteShare()) {
            kind = ReuseKind.REWRITE;
        } else if (shareOfTo >= settings.partialShare() && reusedOfTo >= settings.partialMinSentences()) {
            kind = ReuseKind.PARTIAL;
        } else {
            return Optional.empty();
        }
        ReuseLink link = new ReuseLink(from.article.id(), to.article.id(), kind, Math.min(1.0, shareOfTo));
        return Optional.of(new Derivation(link, basis));
    }

    /** DATE when one article's date ends before the other's begins; null when dates do not tell. */
    private static DirectionBasis byDate(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.lastDay().isBefore(b.firstDay()) || b.lastDay().isBefore(a.firstDay()) ? DirectionBasis.DATE : null;
    }
}
