package org.crosscheck.bench.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.bench.corpus.DerivationCases;

/**
 * Scores predicted links against the derivation benchmark's gold. A link is (pair, kind,
 * direction); direction is "source first" or "undecided". Micro precision is the share of
 * predicted links whose kind and direction both equal the gold link of that pair; micro recall is
 * the share of gold links predicted so; F1 is their harmonic mean. A link predicted for an
 * independent pair is a false positive, a gold link missed or mislabelled is a false negative
 * (and a mislabelled one is also a false positive). Per kind, precision and recall count the kind
 * alone, whatever the direction.
 *
 * <p>Apart, the rewrite-link score asks only whether paraphrase rewrites are linked and real
 * same-event reports are not: a true link is a {@code rewrite} link (either direction) on a
 * PARAPHRASE case, a false link any link on an INDEPENDENT case; with the direction right on
 * those paraphrase cases whose dates tell it.
 */
final class DerivationScore {

    /**
     * One system's answer for a case: no link (kind null), or a link with its direction.
     *
     * @param from      id of the article named the source
     * @param undecided true when the system says the direction is undecided
     */
    record Predicted(String kind, String from, boolean undecided) {

        static final Predicted NONE = new Predicted(null, null, false);
    }

    private int truePositives;
    private int predicted;
    private int gold;
    private int directionRight;
    private int directionScored;
    private boolean lastRight;
    private int rewriteFound;
    private int rewriteGold;
    private int independentLinked;
    private int independent;
    private int datedRewrites;
    private int datedRewritesRightWay;
    private final Map<String, int[]> perKind = new LinkedHashMap<>(); // tp, predicted, gold

    DerivationScore() {
        for (String k : List.of("duplicate", "rewrite", "partial")) {
            perKind.put(k, new int[3]);
        }
    }

    void add(DerivationCases.Case c, Predicted p) {
        if (c.recipe() == DerivationCases.Recipe.PARAPHRASE) {
            rewriteGold++;
            boolean found = "rewrite".equals(p.kind());
            rewriteFound += found ? 1 : 0;
            if (found && c.direction() == DerivationCases.Direction.SOURCE_FIRST) {
                datedRewrites++;
                datedRewritesRightWay += !p.undecided() && Objects.equals(p.from(), c.source().id()) ? 1 : 0;
            }
        } else if (c.recipe() == DerivationCases.Recipe.INDEPENDENT) {
            independent++;
            independentLinked += p.kind() != null ? 1 : 0;
        }
        boolean goldLink = c.kind() != null;
        boolean predictedLink = p.kind() != null;
        lastRight = !goldLink && !predictedLink;
        if (goldLink) {
            gold++;
            perKind.get(c.kind())[2]++;
        }
        if (predictedLink) {
            predicted++;
            perKind.get(p.kind())[1]++;
        }
        if (goldLink && predictedLink) {
            if (c.kind().equals(p.kind())) {
                perKind.get(c.kind())[0]++;
            }
            boolean rightDirection = c.direction() == DerivationCases.Direction.UNDECIDED ? p.undecided()
                    : !p.undecided() && Objects.equals(p.from(), c.source().id());
            directionScored++;
            directionRight += rightDirection ? 1 : 0;
            if (c.kind().equals(p.kind()) && rightDirection) {
                truePositives++;
                lastRight = true;
            }
        }
    }

    /** True when the last case added was answered right (its link, or no link, exactly). */
    boolean lastRight() {
        return lastRight;
    }

    double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
        return predicted + gold == 0 ? 0 : 2.0 * truePositives / (predicted + gold);
    }

    /** F1 of rewrite links on paraphrase rewrites against any link on independent reports. */
    double rewriteLinkF1() {
        int predictedLinks = rewriteFound + independentLinked;
        return predictedLinks + rewriteGold == 0 ? 0 : 2.0 * rewriteFound / (predictedLinks + rewriteGold);
    }

    /** Share of independent same-event pairs given any link. */
    double falseLinkRate() {
        return independent == 0 ? 0 : (double) independentLinked / independent;
    }

    /** The rewrite-link line's figures. */
    String rewriteSummary() {
        return String.format(java.util.Locale.ROOT,
                "rewrite-link F1 %.3f (found %d of %d paraphrase rewrites; direction right %d of %d dated) | false links %d of %d"
                        + " independent (%.1f%%)", rewriteLinkF1(), rewriteFound, rewriteGold, datedRewritesRightWay, datedRewrites,
                independentLinked, independent, 100 * falseLinkRate());
    }

    /** The result line's figures: micro P/R/F1, direction accuracy on found links, then kind P/R. */
    String summary() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT,
                "micro F1 %.3f (P %.3f R %.3f; %d gold links, %d predicted) direction %.3f |", f1(), precision(), recall(),
                gold, predicted, directionScored == 0 ? 0 : (double) directionRight / directionScored));
        perKind.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, " %s P %.2f R %.2f", k,
                v[1] == 0 ? 0 : (double) v[0] / v[1], v[2] == 0 ? 0 : (double) v[0] / v[2])));
        return b.toString();
    }
}
