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
 * sentences are; a duplicate also keeps the order of the sentences. Direction: the earlier
 * publication day is the source; with no such day, the text that contains nearly all of the other
 * while the other holds clearly less of it is; anything else (a duplicate, a reordering, a partial
 * reuse, undated) keeps id order and says it is undecided; then a rewrite must reuse most of both
 * texts and a partial enough of either. Sentences the rewrite judge found count for a rewrite
 * only: a partial needs copied sentences.
 */
public final class DerivationJudge {

    private final ProvenanceSettings settings;
    private final SentenceAligner aligner;

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

    /**
     * Share of consecutive verbatim sentences of the second text whose matches in the first come
     * in the same order: a copy keeps the order, a text made by moving paragraphs around does not.
     */
    private double orderKeptInSecond(SentenceAlignment alignment) {
        int previous = -1;
        int steps = 0;
        int forward = 0;
        for (SentenceMatch m : alignment.matchesOfSecond()) {
            if (m.containment() < settings.duplicateVerbatim()) {
                continue;
            }
            if (previous >= 0) {
                steps++;
                forward += m.best().start() > previous ? 1 : 0;
            }
            previous = m.best().start();
        }
        return steps == 0 ? 1.0 : (double) forward / steps;
    }

    Optional<Derivation> judge(PreparedText a, PreparedText b, SentenceAlignment alignment) {
        if (a.article.id().equals(b.article.id()) || a.totalChars == 0 || b.totalChars == 0) {
            // an empty text (failed extraction) shares nothing, even when two hash the same
            return Optional.empty();
        }
        double shareA = alignment.shareOfFirst();
        double shareB = alignment.shareOfSecond();
        boolean exact = a.fingerprint.textHash() == b.fingerprint.textHash();
        double jaccard = MinHasher.estimateJaccard(a.fingerprint.minHash(), b.fingerprint.minHash());
        boolean inOrder = orderKeptInSecond(alignment) >= settings.duplicateOrder();
        boolean duplicate = exact || (inOrder && (jaccard >= settings.duplicateJaccard()
                || (shareA >= settings.duplicateShare() && shareB >= settings.duplicateShare()
                    && verbatimShareOfSecond(alignment, b.totalChars) >= settings.duplicateShare())));
        DirectionBasis basis = byDate(a.article.published(), b.article.published());
        boolean firstIsSource;
        if (basis != null) {
            firstIsSource = earlier(a.article.published(), b.article.published());
        } else if (!duplicate && Math.max(shareA, shareB) >= settings.directionContained()
                && Math.abs(shareA - shareB) >= settings.directionMargin()) {
            // the text found almost whole in the other, which holds more besides, is the derived one
            basis = DirectionBasis.CONTAINMENT;
            firstIsSource = shareA < shareB;
        } else {
            basis = DirectionBasis.UNDECIDED;
            firstIsSource = a.article.id().compareTo(b.article.id()) < 0;
        }
        PreparedText from = firstIsSource ? a : b;
        PreparedText to = firstIsSource ? b : a;
        // A rewrite counts rewritten sentences; a partial only copied ones: a few sentences that
        // merely say the same thing are what independent reports of one event have in common.
        double copiedA = alignment.copiedShareOfFirst();
        double copiedB = alignment.copiedShareOfSecond();
        boolean undecided = basis == DirectionBasis.UNDECIDED;
        double rewriteShare = undecided ? Math.min(shareA, shareB) : firstIsSource ? shareB : shareA;
        double partialShare = undecided ? Math.max(copiedA, copiedB) : firstIsSource ? copiedB : copiedA;
        int partialSentences = undecided ? Math.min(alignment.copiedOfFirst(), alignment.copiedOfSecond())
                : firstIsSource ? alignment.copiedOfSecond() : alignment.copiedOfFirst();
        ReuseKind kind;
        double shareOfFrom = firstIsSource ? shareA : shareB;
        double shareOfTo = firstIsSource ? shareB : shareA;
        if (duplicate) {
            kind = ReuseKind.DUPLICATE;
            if (exact) {
                shareOfTo = 1.0;
                shareOfFrom = 1.0;
            }
        } else if (rewriteShare >= settings.rewriteShare()) {
            kind = ReuseKind.REWRITE;
        } else if (partialShare >= settings.partialShare() && partialSentences >= settings.partialMinSentences()) {
            kind = ReuseKind.PARTIAL;
            shareOfFrom = firstIsSource ? copiedA : copiedB;
            shareOfTo = firstIsSource ? copiedB : copiedA;
        } else {
            return Optional.empty();
        }
        ReuseLink link = new ReuseLink(from.article.id(), to.article.id(), kind, Math.min(1.0, shareOfTo));
        double copied = Math.min(Math.min(1.0, shareOfTo), firstIsSource ? copiedB : copiedA);
        return Optional.of(new Derivation(link, basis, Math.min(1.0, shareOfFrom), Math.min(1.0, shareOfTo), exact ? 1.0 : copied));
    }

    /**
     * A rewrite by meaning between two articles, either way round, or empty when the {@link
     * ArticleRewriteModel} finds none. {@code aToB} are the {@link MeaningFeatures} of {@code b} as
     * a rewrite of {@code a}, {@code bToA} the other way. The earlier publication decides the
     * direction and which features are weighed; undated, the text with the larger share matched in
     * the other by at least the model's margin is the derived one, else the direction is undecided
     * (id order) and the likelier way round is weighed. The link's overlap is the share of the
     * later text matched at the middle cosine.
     */
    Optional<Derivation> byMeaning(PreparedText a, PreparedText b, double[] aToB, double[] bToA, ArticleRewriteModel model,
                                   double copiedA, double copiedB) {
        if (a.article.id().equals(b.article.id()) || a.totalChars == 0 || b.totalChars == 0) {
            return Optional.empty();
        }
        double pAB = model.probability(aToB);
        double pBA = model.probability(bToA);
        DirectionBasis basis = byDate(a.article.published(), b.article.published());
        boolean firstIsSource;
        double probability;
        if (basis != null) {
            firstIsSource = earlier(a.article.published(), b.article.published());
            probability = firstIsSource ? pAB : pBA;
        } else {
            double derivedB = aToB[1];
            double derivedA = bToA[1];
            probability = Math.max(pAB, pBA);
            if (Math.abs(derivedA - derivedB) >= model.directionMargin()) {
                basis = DirectionBasis.CONTAINMENT;
                firstIsSource = derivedB > derivedA;
                probability = firstIsSource ? pAB : pBA;
            } else {
                basis = DirectionBasis.UNDECIDED;
                firstIsSource = a.article.id().compareTo(b.article.id()) < 0;
            }
        }
        // the way round that was weighed: by the direction when one is known, else the likelier
        double[] weighed = basis == DirectionBasis.UNDECIDED ? (pAB >= pBA ? aToB : bToA) : firstIsSource ? aToB : bToA;
        if (probability < model.threshold() || !model.enoughText(weighed)) {
            return Optional.empty();
        }
        PreparedText from = firstIsSource ? a : b;
        PreparedText to = firstIsSource ? b : a;
        double[] f = firstIsSource ? aToB : bToA;
        double toShare = Math.min(1.0, f[1]);
        double fromShare = Math.min(1.0, f[4]);
        ReuseLink link = new ReuseLink(from.article.id(), to.article.id(), ReuseKind.REWRITE, toShare);
        return Optional.of(new Derivation(link, basis, fromShare, toShare, Math.min(toShare, firstIsSource ? copiedB : copiedA)));
    }

    /**
     * DATE when one article was published before the other: at an earlier instant when both give
     * a time with its offset (a wire story at 08:00 and a copy at 15:00 of the same day), else
     * when one date ends before the other begins; null when the dates do not tell.
     */
    private static DirectionBasis byDate(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.instant().isPresent() && b.instant().isPresent()) {
            return a.instant().get().equals(b.instant().get()) ? null : DirectionBasis.DATE;
        }
        return a.lastDay().isBefore(b.firstDay()) || b.lastDay().isBefore(a.firstDay()) ? DirectionBasis.DATE : null;
    }

    /** True when {@code a} was published before {@code b}; only for dates {@link #byDate} tells apart. */
    private static boolean earlier(PartialDate a, PartialDate b) {
        if (a.instant().isPresent() && b.instant().isPresent()) {
            return a.instant().get().isBefore(b.instant().get());
        }
        return a.lastDay().isBefore(b.firstDay());
    }
}
