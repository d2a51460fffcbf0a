package org.crosscheck.language;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in-process ({@link MiniLmModel}); the
 * model ships inside its jar. Vectors are L2-normalised, so the dot product is the cosine. Embeddings find
 * paraphrases but score a contradiction as high as a paraphrase: never use them alone to decide
 * that two sentences agree.
 */
public final class SentenceEmbedder {

    private static final int BATCH = 64;
    /** Stack of the thread that builds the model (reserved, not committed, until used). */
    private static final long LOAD_STACK_BYTES = 256L << 20;

    private static final LazyModel<EmbeddingModel> SHARED = LazyModel.of(SentenceEmbedder::loadOnLargeStack);

    /** Sentences kept embedded, by text (about 1.6 kB each). */
    private static final int RECENT_SENTENCES = 8192;

    private final EmbeddingModel model;
    private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT_SENTENCES;
        }
    };

    /** An embedder of the shared model with a cache of its own: share one instance among the steps of a run. */
    public SentenceEmbedder() {
        this(model());
    }

    /** An embedder of the given model (tests give a small one). */
    SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
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
        java.util.concurrent.FutureTask<EmbeddingModel> load = new java.util.concurrent.FutureTask<>(MiniLmModel::load);
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

    /**
     * One normalised vector per sentence, in order. A sentence this embedder embedded lately is
     * taken from its cache: the model embeds each sentence on its own, so its vector does not
     * depend on the batch it came in, and a cached vector is the one the model would give again.
     */
    public List<float[]> embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        synchronized (recent) {
            for (int i = 0; i < out.length; i++) {
                float[] known = recent.get(sentences.get(i));
                if (known != null) {
                    out[i] = known.clone();
                } else {
                    missing.computeIfAbsent(sentences.get(i), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<String> fresh = List.copyOf(missing.keySet());
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<String> texts = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            List<Embedding> vectors = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            for (int k = 0; k < texts.size(); k++) {
                float[] v = normalised(vectors.get(k).vector());
                for (int i : missing.get(texts.get(k))) {
                    out[i] = v.clone();
                }
                synchronized (recent) {
                    recent.put(texts.get(k), v);
                }
            }
        }
        return new ArrayList<>(Arrays.asList(out));
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
