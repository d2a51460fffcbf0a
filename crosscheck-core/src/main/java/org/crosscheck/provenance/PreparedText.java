package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.dedup.Murmur3Hash64;
import org.crosscheck.dedup.TextNormalizer;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceSplitter;
import org.crosscheck.language.TextSpan;

/**
 * An article made ready for alignment, once per run: its sentences, each sentence's set of
 * character n-gram hashes over its normalised text, and its fingerprint. Sentences shorter than
 * the minimum have no grams and never count as reused; their characters still count in the total.
 */
final class PreparedText {

    final Article article;
    final Fingerprint fingerprint;
    final List<TextSpan> sentences;
    /** Sorted distinct gram hashes per sentence; empty for sentences too short to judge. */
    final long[][] grams;
    /** Characters of each sentence as written. */
    final int[] lengths;
    final int totalChars;
    private Map<Long, int[]> sentencesByGram;
    /** Per sentence, its form for the rewrite judge and its embedding; filled on first need. */
    final RewriteFeatures.Sentence[] rewriteForms;
    final float[][] vectors;

    private PreparedText(Article article, Fingerprint fingerprint, List<TextSpan> sentences, long[][] grams) {
        this.article = article;
        this.fingerprint = fingerprint;
        this.sentences = sentences;
        this.grams = grams;
        this.lengths = new int[sentences.size()];
        this.rewriteForms = new RewriteFeatures.Sentence[sentences.size()];
        this.vectors = new float[sentences.size()][];
        int total = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = sentences.get(i).text().length();
            total += lengths[i];
        }
        this.totalChars = total;
    }

    static PreparedText of(Article article, SentenceSplitter splitter, Fingerprinter fingerprinter,
                           ProvenanceSettings settings) {
        TextNormalizer normalizer = new TextNormalizer();
        List<TextSpan> sentences = splitter.split(article.text());
        long[][] grams = new long[sentences.size()][];
        for (int i = 0; i < grams.length; i++) {
            String normalized = normalizer.normalize(sentences.get(i).text());
            grams[i] = normalized.length() < settings.sentenceMinChars()
                    ? new long[0] : grams(normalized, settings.gramChars());
        }
        return new PreparedText(article, fingerprinter.fingerprint(article), List.copyOf(sentences), grams);
    }

    /** Sorted distinct hashes of the character n-grams of a normalised text. */
    static long[] grams(String text, int n) {
        if (text.length() < n) {
            return new long[0];
        }
        long[] out = new long[text.length() - n + 1];
        for (int i = 0; i + n <= text.length(); i++) {
            long h = 0;
            for (int j = i; j < i + n; j++) {
                h = h * 0x100000001B3L + text.charAt(j);
            }
            out[i] = Murmur3Hash64.mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** For each gram, the sentences that contain it (ascending). Built on first use. */
    Map<Long, int[]> sentencesByGram() {
        if (sentencesByGram == null) {
            Map<Long, List<Integer>> lists = new HashMap<>();
            for (int s = 0; s < grams.length; s++) {
                for (long g : grams[s]) {
                    lists.computeIfAbsent(g, k -> new ArrayList<>(2)).add(s);
                }
            }
            Map<Long, int[]> index = new HashMap<>(lists.size() * 2);
            lists.forEach((g, l) -> index.put(g, l.stream().mapToInt(Integer::intValue).toArray()));
            sentencesByGram = index;
        }
        return sentencesByGram;
    }
}
