package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.provenance.RewriteFeatures;

/**
 * The rewrite-judge features of MSRP pairs, each distinct sentence embedded once.
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
        double[][] x = new double[pairs.size()][];
        for (int i = 0; i < pairs.size(); i++) {
            MsrpCorpus.Pair p = pairs.get(i);
            double cosine = SentenceEmbedder.cosine(vectors.get(index.get(p.first())), vectors.get(index.get(p.second())));
            x[i] = features.features(features.prepare(p.first()), features.prepare(p.second()), cosine);
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
