package org.crosscheck.bench.scale;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.crosscheck.bench.metric.LinkedComponents;
import org.crosscheck.extract.Article;

/**
 * The simple clustering baseline: every article a TF-IDF vector (Lucene's standard tokenizer and
 * English stop words over title and text, sublinear term frequency, IDF {@code log(N/df)} over
 * the whole batch, unit length), the cosine of every pair of articles (exact: each article is
 * scored against all earlier ones through an inverted index, so the work grows with the square of
 * the batch), and single-link clusters: the connected components of the pairs at or above a
 * threshold. Batch, not streaming.
 */
final class TfIdfSingleLink {

    /** Pairs at or above a cosine: {@code first[k] < second[k]}, cosine {@code cosine[k]}. */
    record Pairs(int[] first, int[] second, float[] cosine, int size) {
    }

    private final int[][] terms;
    private final float[][] weights;
    private final int vocabulary;

    TfIdfSingleLink(List<Article> articles) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(articles.size());
        try (Analyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            for (Article a : articles) {
                Map<Integer, Integer> c = new HashMap<>();
                String text = (a.title() == null ? "" : a.title() + "\n\n") + a.text();
                try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        c.merge(ids.computeIfAbsent(term.toString(), t -> ids.size()), 1, Integer::sum);
                    }
                    ts.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts.add(c);
            }
        }
        vocabulary = ids.size();
        int[] df = new int[vocabulary];
        for (Map<Integer, Integer> c : counts) {
            for (int t : c.keySet()) {
                df[t]++;
            }
        }
        int n = articles.size();
        terms = new int[n][];
        weights = new float[n][];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> c = counts.get(i);
            int[] t = c.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] w = new float[t.length];
            double norm = 0;
            for (int k = 0; k < t.length; k++) {
                double v = (1 + Math.log(c.get(t[k]))) * Math.log((double) n / df[t[k]]);
                w[k] = (float) v;
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length; k++) {
                w[k] = norm == 0 ? 0 : (float) (w[k] / norm);
            }
            terms[i] = t;
            weights[i] = w;
        }
    }

    int size() {
        return terms.length;
    }

    /** Every pair of articles whose cosine reaches {@code minCosine}. */
    Pairs pairsAtLeast(double minCosine) {
        int n = terms.length;
        int[][] postingDocs = new int[vocabulary][];
        float[][] postingWeights = new float[vocabulary][];
        int[] postingSize = new int[vocabulary];
        float[] dot = new float[n];
        int[] touched = new int[n];
        int[] touchedBy = new int[n];
        int[] first = new int[1024];
        int[] second = new int[1024];
        float[] cosine = new float[1024];
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            int[] t = terms[i];
            float[] w = weights[i];
            for (int k = 0; k < t.length; k++) {
                int term = t[k];
                int[] docs = postingDocs[term];
                float[] ws = postingWeights[term];
                float wi = w[k];
                for (int p = 0; p < postingSize[term]; p++) {
                    int j = docs[p];
                    if (touchedBy[j] != i + 1) {
                        touchedBy[j] = i + 1;
                        touched[touchedCount++] = j;
                    }
                    dot[j] += wi * ws[p];
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int q = 0; q < touchedCount; q++) {
                int j = touched[q];
                if (dot[j] >= minCosine) {
                    if (pairs == first.length) {
                        first = Arrays.copyOf(first, pairs * 2);
                        second = Arrays.copyOf(second, pairs * 2);
                        cosine = Arrays.copyOf(cosine, pairs * 2);
                    }
                    first[pairs] = j;
                    second[pairs] = i;
                    cosine[pairs] = dot[j];
                    pairs++;
                }
                dot[j] = 0;
            }
            for (int k = 0; k < t.length; k++) {
                int term = t[k];
                if (postingDocs[term] == null) {
                    postingDocs[term] = new int[4];
                    postingWeights[term] = new float[4];
                } else if (postingSize[term] == postingDocs[term].length) {
                    postingDocs[term] = Arrays.copyOf(postingDocs[term], postingSize[term] * 2);
                    postingWeights[term] = Arrays.copyOf(postingWeights[term], postingSize[term] * 2);
                }
                postingDocs[term][postingSize[term]] = i;
                postingWeights[term][postingSize[term]] = w[k];
                postingSize[term]++;
            }
        }
        return new Pairs(first, second, cosine, pairs);
    }

    /** Single-link cluster labels (the smallest member index of each component) at a threshold. */
    static String[] singleLink(int n, Pairs pairs, double threshold) {
        LinkedComponents components = new LinkedComponents(n);
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.cosine()[k] >= threshold) {
                components.link(pairs.first()[k], pairs.second()[k]);
            }
        }
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = components.label(i);
        }
        return labels;
    }
}
