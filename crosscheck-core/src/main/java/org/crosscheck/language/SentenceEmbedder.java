package org.crosscheck.language;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in-process; the model ships inside
 * its jar. Vectors are L2-normalised, so the dot product is the cosine. Embeddings find
 * paraphrases but score a contradiction as high as a paraphrase: never use them alone to decide
 * that two sentences agree.
 */
public final class SentenceEmbedder {

    private static final int BATCH = 64;
    /** Stack of the thread that builds the model (reserved, not committed, until used). */
    private static final long LOAD_STACK_BYTES = 256L << 20;

    private static final LazyModel<EmbeddingModel> SHARED = LazyModel.of(SentenceEmbedder::loadOnLargeStack);

    private final EmbeddingModel model;

    public SentenceEmbedder() {
        this.model = model();
    }

    private static EmbeddingModel model() {
        return SHARED.get();
    }

    /**
     * Builds the model on a thread of its own with a large stack: ONNX Runtime recurses deeply
     * while it builds the session, deeper than the stack of the thread that happens to ask first
     * may allow (a Spark driver on the JVM's default stack crashed there, out of native stack).
     */
    private static EmbeddingModel loadOnLargeStack() {
        java.util.concurrent.FutureTask<EmbeddingModel> load = new java.util.concurrent.FutureTask<>(AllMiniLmL6V2QuantizedEmbeddingModel::new);
        Thread t = new Thread(null, load, "crosscheck-minilm-load", LOAD_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedding model loaded", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One normalised vector per sentence, in order. */
    public List<float[]> embed(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (int from = 0; from < sentences.size(); from += BATCH) {
            List<TextSegment> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> out.add(normalised(e.vector())));
        }
        return out;
    }

    /** The normalised vector of one sentence. */
    public float[] embed(String sentence) {
        return embed(List.of(sentence)).get(0);
    }

    /** Cosine similarity of two normalised vectors. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different sizes");
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The vector scaled to length 1 (a copy; a zero vector is copied as it is). */
    public static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v.clone();
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
