package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.dedup.TextNormalizer;
import org.crosscheck.language.SentenceEmbedder;

/**
 * The evidence that one whole article is a rewrite of another by meaning, as numbers the {@link
 * ArticleRewriteModel} weighs. Every sentence of both texts has its MiniLM embedding; a sentence
 * of the later text is matched to the earlier sentence, or two neighbouring earlier sentences
 * taken together (a merge: the sum of their vectors), with the highest cosine, and a sentence of
 * the earlier text likewise to one or two neighbouring later sentences (a split). From those
 * matches: the share of the later text (by characters) matched at a high and at a middle cosine,
 * its length-weighted mean best cosine, the same shares of the earlier text, the order kept (the
 * longest run of matched later sentences whose earlier positions rise, over all matched ones: a
 * rewrite follows its source paragraph by paragraph, two independent reports do not), the share of
 * the later text's names and numbers, content words and quotations found in the earlier text, and
 * the cosine of the two texts' mean vectors, and how many later sentences are matched (over ten,
 * at most 1), and the share of its quotations not in the earlier text (own quotes). All lie in [0, 1]; the order of {@link #NAMES} is the order of the vector.
 */
public final class MeaningFeatures {

    /** Feature names, in vector order; {@code article-rewrite.properties} uses them as keys. */
    public static final List<String> NAMES = List.of("derived.high", "derived.middle", "derived.mean", "source.high",
            "source.middle", "order", "names.from.source", "names.to.derived", "words.from.source", "quotes.from.source",
            "mean.cosine", "derived.matched", "quotes.own");

    /** The sentence count at which {@code derived.matched} reaches 1. */
    static final int MATCHED_SCALE = 10;

    /** Cosine at or above which a sentence match counts as high. */
    static final double HIGH = 0.85;
    /** Cosine at or above which a sentence match counts as middle; also the order feature's floor. */
    static final double MIDDLE = 0.75;

    /** A quotation in straight or curly double quotes, or in the {@code `` ... ''} of tokenized text. */
    private static final Pattern QUOTE = Pattern.compile("(?:[\"“”]\\s*([^\"“”]{12,}?)\\s*[\"“”])|(?:``\\s*(.{12,}?)\\s*'')");

    private MeaningFeatures() {
    }

    /** Best match of each sentence: the cosine and the position in the other text (x2, odd for a pair of neighbours). */
    private record Best(double[] cosine, int[] position) {
    }

    /**
     * The feature vector for {@code derived} as a rewrite of {@code source}; every sentence of both
     * must have its vector and its rewrite form.
     */
    static double[] of(PreparedText source, PreparedText derived, RewriteFeatures.Sentence[] sourceForms,
                       RewriteFeatures.Sentence[] derivedForms) {
        Best ofDerived = best(derived, source);
        Best ofSource = best(source, derived);
        double[] f = new double[NAMES.size()];
        f[0] = share(derived, ofDerived.cosine, HIGH);
        f[1] = share(derived, ofDerived.cosine, MIDDLE);
        f[2] = meanBest(derived, ofDerived.cosine);
        f[3] = share(source, ofSource.cosine, HIGH);
        f[4] = share(source, ofSource.cosine, MIDDLE);
        f[5] = orderKept(derived, ofDerived);
        Set<String> sourceNames = namesAndNumbers(sourceForms);
        Set<String> derivedNames = namesAndNumbers(derivedForms);
        f[6] = containedShare(derivedNames, sourceNames);
        f[7] = containedShare(sourceNames, derivedNames);
        f[8] = containedShare(stems(derivedForms), stems(sourceForms));
        double[] quotes = quotes(derived.article.text(), source.article.text());
        f[9] = quotes[0];
        f[10] = Math.max(0, cosine(mean(source), mean(derived)));
        f[11] = Math.min(1.0, (double) matchedSentences(derived, ofDerived.cosine) / MATCHED_SCALE);
        f[12] = quotes[1];
        return f;
    }

    /** How many sentences of the derived text the features say are matched at the middle cosine (up to the scale). */
    static int matchedSentences(double[] features) {
        return (int) Math.round(features[11] * MATCHED_SCALE);
    }

    private static int matchedSentences(PreparedText text, double[] best) {
        int n = 0;
        for (int s = 0; s < best.length; s++) {
            n += judged(text, s) && best[s] >= MIDDLE ? 1 : 0;
        }
        return n;
    }

    /** Cosine of the two texts' mean sentence vectors (the candidate step's cheap test). */
    static double meanCosine(PreparedText a, PreparedText b) {
        return cosine(mean(a), mean(b));
    }

    private static Best best(PreparedText text, PreparedText other) {
        int n = text.sentences.size();
        double[] cos = new double[n];
        int[] pos = new int[n];
        float[][] pairs = neighbourSums(other);
        for (int s = 0; s < n; s++) {
            cos[s] = -1;
            pos[s] = -1;
            if (!judged(text, s)) {
                continue;
            }
            for (int o = 0; o < other.sentences.size(); o++) {
                if (!judged(other, o)) {
                    continue;
                }
                double c = cosine(text.vectors[s], other.vectors[o]);
                if (c > cos[s]) {
                    cos[s] = c;
                    pos[s] = 2 * o;
                }
                if (pairs[o] != null) {
                    double m = cosine(text.vectors[s], pairs[o]);
                    if (m > cos[s]) {
                        cos[s] = m;
                        pos[s] = 2 * o + 1;
                    }
                }
            }
        }
        return new Best(cos, pos);
    }

    /** For each sentence, the normalised sum of its vector and the next judged sentence's; null at the end. */
    private static float[][] neighbourSums(PreparedText text) {
        int n = text.sentences.size();
        float[][] out = new float[n][];
        for (int s = 0; s + 1 < n; s++) {
            if (judged(text, s) && judged(text, s + 1)) {
                float[] sum = new float[text.vectors[s].length];
                for (int k = 0; k < sum.length; k++) {
                    sum[k] = text.vectors[s][k] + text.vectors[s + 1][k];
                }
                out[s] = SentenceEmbedder.normalised(sum);
            }
        }
        return out;
    }

    static boolean judged(PreparedText text, int s) {
        return text.grams[s].length > 0 && text.vectors[s] != null;
    }

    private static double share(PreparedText text, double[] best, double floor) {
        long matched = 0;
        long total = 0;
        for (int s = 0; s < best.length; s++) {
            if (judged(text, s)) {
                total += text.lengths[s];
                matched += best[s] >= floor ? text.lengths[s] : 0;
            }
        }
        return total == 0 ? 0 : (double) matched / total;
    }

    private static double meanBest(PreparedText text, double[] best) {
        double sum = 0;
        long total = 0;
        for (int s = 0; s < best.length; s++) {
            if (judged(text, s)) {
                total += text.lengths[s];
                sum += Math.max(0, best[s]) * text.lengths[s];
            }
        }
        return total == 0 ? 0 : sum / total;
    }

    /** Longest rising run (not necessarily contiguous) of the matched sentences' source positions, over their number. */
    private static double orderKept(PreparedText derived, Best best) {
        List<Integer> positions = new ArrayList<>();
        for (int s = 0; s < best.cosine.length; s++) {
            if (judged(derived, s) && best.cosine[s] >= MIDDLE) {
                positions.add(best.position[s]);
            }
        }
        if (positions.size() < 2) {
            return 0;
        }
        // patience sorting over non-decreasing positions: a split maps two sentences to one source
        List<Integer> tails = new ArrayList<>();
        for (int p : positions) {
            int lo = 0;
            int hi = tails.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails.get(mid) <= p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == tails.size()) {
                tails.add(p);
            } else {
                tails.set(lo, p);
            }
        }
        return (double) tails.size() / positions.size();
    }

    private static Set<String> namesAndNumbers(RewriteFeatures.Sentence[] forms) {
        Set<String> out = new HashSet<>();
        for (RewriteFeatures.Sentence f : forms) {
            if (f != null) {
                out.addAll(f.names());
                out.addAll(f.numbers());
            }
        }
        return out;
    }

    private static Set<String> stems(RewriteFeatures.Sentence[] forms) {
        Set<String> out = new HashSet<>();
        for (RewriteFeatures.Sentence f : forms) {
            if (f != null) {
                out.addAll(f.stems());
            }
        }
        return out;
    }

    /** Share of {@code part} found in {@code whole}; 0 when {@code part} is empty. */
    private static double containedShare(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String p : part) {
            found += whole.contains(p) ? 1 : 0;
        }
        return (double) found / part.size();
    }

    /**
     * The share of the quotations of {@code derived} found word for word (normalised) in {@code
     * source}, and the share not found (its own quotes, the mark of its own reporting); both 0
     * without any quotation.
     */
    static double[] quotes(String derived, String source) {
        TextNormalizer normalizer = new TextNormalizer();
        String whole = normalizer.normalize(source);
        Matcher m = QUOTE.matcher(derived);
        int quotes = 0;
        int found = 0;
        while (m.find()) {
            String q = normalizer.normalize(m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (q.length() >= 12) {
                quotes++;
                found += whole.contains(q) ? 1 : 0;
            }
        }
        return quotes == 0 ? new double[] {0, 0} : new double[] {(double) found / quotes, (double) (quotes - found) / quotes};
    }

    private static float[] mean(PreparedText text) {
        float[] sum = null;
        for (int s = 0; s < text.sentences.size(); s++) {
            if (!judged(text, s)) {
                continue;
            }
            if (sum == null) {
                sum = new float[text.vectors[s].length];
            }
            for (int k = 0; k < sum.length; k++) {
                sum[k] += text.vectors[s][k];
            }
        }
        return sum == null ? null : SentenceEmbedder.normalised(sum);
    }

    /** The cosine of two normalised vectors; 0 when either is missing. */
    private static double cosine(float[] a, float[] b) {
        return a == null || b == null ? 0 : SentenceEmbedder.cosine(a, b);
    }
}
