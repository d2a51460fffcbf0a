package org.crosscheck.bench.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.bench.corpus.MsrpCorpus;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.provenance.RewriteFeatures;

/**
 * The rewrite-judge features of MSRP pairs, each distinct sentence (and each distinct list of
 * missing words) embedded once.
 */
final class MsrpFeatures {

    private MsrpFeatures() {
    }

    static double[][] of(List<MsrpCorpus.Pair> pairs, RewriteFeatures features, SentenceEmbedder embedder) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (MsrpCorpus.Pair p : pairs) {
            index.putIfAbsent(p.first(), index.size());
            index.putIfAbsent(p.second(), index.size());
        }
        List<float[]> vectors = embedder.embed(new ArrayList<>(index.keySet()));
        List<RewriteFeatures.Sentence[]> forms = new ArrayList<>();
        Map<String, Integer> missingIndex = new LinkedHashMap<>();
        for (MsrpCorpus.Pair p : pairs) {
            RewriteFeatures.Sentence a = features.prepare(p.first());
            RewriteFeatures.Sentence b = features.prepare(p.second());
            forms.add(new RewriteFeatures.Sentence[] {a, b});
            for (String m : List.of(features.missingWords(a, b), features.missingWords(b, a))) {
                if (!m.isEmpty()) {
                    missingIndex.putIfAbsent(m, missingIndex.size());
                }
            }
        }
        List<float[]> missingVectors = embedder.embed(new ArrayList<>(missingIndex.keySet()));
        double[][] x = new double[pairs.size()][];
        for (int i = 0; i < pairs.size(); i++) {
            MsrpCorpus.Pair p = pairs.get(i);
            RewriteFeatures.Sentence a = forms.get(i)[0];
            RewriteFeatures.Sentence b = forms.get(i)[1];
            Integer ma = missingIndex.get(features.missingWords(a, b));
            Integer mb = missingIndex.get(features.missingWords(b, a));
            x[i] = features.features(a, b, vectors.get(index.get(p.first())), vectors.get(index.get(p.second())),
                    ma == null ? null : missingVectors.get(ma), mb == null ? null : missingVectors.get(mb));
        }
        return x;
    }

    static boolean[] labels(List<MsrpCorpus.Pair> pairs) {
        boolean[] y = new boolean[pairs.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = pairs.get(i).paraphrase();
        }
        return y;
    }
}
