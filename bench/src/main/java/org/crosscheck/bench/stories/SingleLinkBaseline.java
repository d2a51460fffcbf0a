package org.crosscheck.bench.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.crosscheck.bench.metric.LinkedComponents;
import org.crosscheck.extract.Article;

/**
 * The simple baseline: TF-IDF vectors of whole articles (Lucene's English analyzer; sublinear
 * term frequency, smoothed IDF over the whole set), cosine of every pair, single-link clusters
 * at a threshold: the connected components of the pairs at or above it. Quadratic; a reference,
 * not a stream.
 */
final class SingleLinkBaseline {

    /** Pairs by falling cosine: {@code first[i]}, {@code second[i]} with {@code cosine[i]}. */
    record Pairs(int[] first, int[] second, double[] cosine) {
    }

    private SingleLinkBaseline() {
    }

    static Pairs pairs(List<Article> articles) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        try (Analyzer analyzer = new EnglishAnalyzer()) {
            for (Article a : articles) {
                Map<String, Integer> c = terms(analyzer, (a.title() == null ? "" : a.title()) + "\n\n" + a.text());
                counts.add(c);
                c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        int n = articles.size();
        int[][] vi = new int[n][];
        double[][] vw = new double[n][];
        for (int d = 0; d < n; d++) {
            Map<String, Integer> c = counts.get(d);
            int[] id = new int[c.size()];
            double[] w = new double[c.size()];
            int k = 0;
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                id[k] = ids.computeIfAbsent(e.getKey(), t -> ids.size());
                w[k] = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
                norm += w[k] * w[k];
                k++;
            }
            Integer[] order = new Integer[id.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(id[x], id[y]));
            vi[d] = new int[id.length];
            vw[d] = new double[id.length];
            for (int i = 0; i < order.length; i++) {
                vi[d][i] = id[order[i]];
                vw[d][i] = w[order[i]] / Math.sqrt(norm);
            }
        }
        int m = n * (n - 1) / 2;
        double[] cos = new double[m];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                cos[p] = dot(vi[i], vw[i], vi[j], vw[j]);
                p++;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(cos[y], cos[x]));
        int[] first = new int[m];
        int[] second = new int[m];
        double[] sorted = new double[m];
        int[] fi = new int[m];
        int[] se = new int[m];
        p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                fi[p] = i;
                se[p] = j;
                p++;
            }
        }
        for (int k = 0; k < m; k++) {
            first[k] = fi[order[k]];
            second[k] = se[order[k]];
            sorted[k] = cos[order[k]];
        }
        return new Pairs(first, second, sorted);
    }

    /** Cluster label of every article: single link over the pairs with cosine at or above {@code threshold}. */
    static List<String> clusters(Pairs pairs, int n, double threshold) {
        LinkedComponents components = new LinkedComponents(n);
        for (int k = 0; k < pairs.cosine().length && pairs.cosine()[k] >= threshold; k++) {
            components.link(pairs.first()[k], pairs.second()[k]);
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(components.label(i));
        }
        return labels;
    }

    private static double dot(int[] ai, double[] aw, int[] bi, double[] bw) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < ai.length && j < bi.length) {
            if (ai[i] == bi[j]) {
                s += aw[i++] * bw[j++];
            } else if (ai[i] < bi[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new TreeMap<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
