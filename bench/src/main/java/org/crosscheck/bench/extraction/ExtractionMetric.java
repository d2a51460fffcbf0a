package org.crosscheck.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, as the
 * dev split's README states it), re-implemented: 4-token shingle multisets compared per page,
 * each page's counts normalised so it weighs the same, macro precision and recall, F1 from the
 * two means, exact-token accuracy and a bootstrap spread on F1.
 *
 * <p>Tokens are runs of Python's {@code \w} on {@code str}: a code point that is a letter
 * (Lu, Ll, Lt, Lm, Lo), a number (Nd, Nl, No) or {@code _}. Combining marks (Mn, Mc) are not
 * word characters, so they split a token, as in Python. Java's own {@code \w} with
 * {@code UNICODE_CHARACTER_SET} differs (it keeps marks), hence the hand-written tokenizer.
 */
public final class ExtractionMetric {

    /** Shingle width: overlapping windows of this many tokens. */
    static final int SHINGLE = 4;
    /** Bootstrap resamples for the spread of F1. */
    static final int RESAMPLES = 1000;
    /**
     * Fixed bootstrap seed so repeated runs print the same spread (the published tool draws
     * unseeded; the spread itself, not its last digit, is what matters).
     */
    static final long SEED = 20200101L;

    /** One page's normalised counts: tp + fp + fn is 1, or all three are 0 when both texts are empty. */
    public record PageScore(double tp, double fp, double fn, boolean exact) {

        /** tp / (tp + fp), 1 when nothing was predicted wrongly; NaN when tp + fp is 0. */
        public double precision() {
            return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
        }

        /** tp / (tp + fn); NaN when tp + fn is 0. */
        public double recall() {
            return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
        }

        /** Per-page F1 (for ranking pages only; the summary F1 comes from the macro means). */
        public double f1() {
            double p = Double.isNaN(precision()) ? 0 : precision();
            double r = Double.isNaN(recall()) ? 0 : recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    }

    /** Scores over a set of pages. */
    public record Summary(double f1, double f1Spread, double precision, double recall, double accuracy,
                          int pages) {
    }

    /** Compares one predicted text with the true text. */
    public PageScore page(String truth, String prediction) {
        List<String> trueTokens = tokens(truth == null ? "" : truth);
        List<String> predTokens = tokens(prediction == null ? "" : prediction);
        Map<String, Integer> t = shingles(trueTokens);
        Map<String, Integer> p = shingles(predTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        boolean exact = trueTokens.equals(predTokens);
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum, exact) : new PageScore(0, 0, 0, exact);
    }

    /** Macro scores over pages, with the bootstrap spread of F1 (seeded, {@value #RESAMPLES} resamples). */
    public Summary summarise(List<PageScore> pages) {
        double[] prf = macro(pages);
        long exact = pages.stream().filter(PageScore::exact).count();
        Random random = new Random(SEED);
        double[] f1s = new double[RESAMPLES];
        List<PageScore> sample = new ArrayList<>(pages.size());
        for (int i = 0; i < RESAMPLES; i++) {
            sample.clear();
            for (int j = 0; j < pages.size(); j++) {
                sample.add(pages.get(random.nextInt(pages.size())));
            }
            f1s[i] = macro(sample)[2];
        }
        return new Summary(prf[2], standardDeviation(f1s), prf[0], prf[1],
                pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }

    /** {precision, recall, F1}: precision over pages with tp + fp > 0, recall over pages with tp + fn > 0. */
    private static double[] macro(List<PageScore> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (PageScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                pSum += s.precision();
                pN++;
            }
            if (s.tp() + s.fn() > 0) {
                rSum += s.recall();
                rN++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
    }

    /** Population standard deviation (numpy's default). */
    private static double standardDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        return Math.sqrt(var / values.length);
    }

    /** The {@code \w+} runs of a text, in order, case kept. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w} for str patterns: {@code str.isalnum()} or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Multiset of overlapping {@value #SHINGLE}-token windows; 1 to 3 tokens give one shorter shingle. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int windows = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < windows; i++) {
            // tokens never contain a space, so a space-joined key is unambiguous
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }
}
