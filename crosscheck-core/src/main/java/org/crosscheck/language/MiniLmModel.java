package org.crosscheck.language;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantized), read from the jar of langchain4j's model as langchain4j reads it
 * (the same graph, tokenizer, mean pooling and session settings, so the same vectors), in an ONNX
 * Runtime session whose worker threads sleep between calls. By default ONNX Runtime's workers
 * spin while waiting for the next piece of work; an analysis embeds a few sentences at a time
 * between long stretches of CoreNLP, so spinning workers burn a core for nothing (about a third
 * of the embedding CPU time, measured on many small calls).
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private static final String GRAPH = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private MiniLmModel(OnnxBertBiEncoder encoder) {
        super(null);
        this.encoder = encoder;
    }

    /** Loads the model (seconds; run it on a thread with a large stack, see {@link SentenceEmbedder}). */
    static MiniLmModel load() {
        try (InputStream graph = resource(GRAPH); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(graph.readAllBytes(), quietWorkers());
            return new MiniLmModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    /** ONNX Runtime's default session settings, except that idle worker threads wait without spinning. */
    static OrtSession.SessionOptions quietWorkers() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the embedding model's " + name + " is not on the class path");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
