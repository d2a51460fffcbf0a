package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class MiniLmModelTest {

    private static final List<String> SENTENCES = List.of(
            "The Varrow county council closed the Tolvik bridge on Friday after a barge struck it.",
            "Forty-two passengers were taken to St Alder's hospital, a spokeswoman for the ferry line said.",
            "Mayor Ines Quarrel said the bridge would reopen in March.");

    @Test
    void idleOnnxWorkersWaitWithoutSpinning() throws Exception {
        assertThat(MiniLmModel.quietWorkers().getConfigEntries())
                .containsEntry("session.intra_op.allow_spinning", "0")
                .containsEntry("session.inter_op.allow_spinning", "0");
    }

    @Test
    void givesLangchainsOwnVectorsBitForBit() throws Exception {
        List<TextSegment> segments = SENTENCES.stream().map(TextSegment::from).toList();
        List<Embedding> ours = onLargeStack(() -> MiniLmModel.load().embedAll(segments).content());
        List<Embedding> theirs = onLargeStack(() -> new AllMiniLmL6V2QuantizedEmbeddingModel().embedAll(segments).content());
        assertThat(ours).hasSize(SENTENCES.size());
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(ours.get(i).vector()).containsExactly(theirs.get(i).vector());
        }
    }

    /** ONNX Runtime recurses deeply while it builds a session (see {@link SentenceEmbedder}). */
    private static <T> T onLargeStack(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(null, task, "minilm-test", 256L << 20);
        t.start();
        return task.get();
    }
}
