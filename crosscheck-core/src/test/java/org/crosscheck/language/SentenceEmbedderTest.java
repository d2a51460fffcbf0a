package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    /** A model that gives each text a vector of its length and letters, and records every text it embeds. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> embedded = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                embedded.add(s.text());
                out.add(Embedding.from(new float[] {s.text().length(), s.text().charAt(0), 1}));
            }
            return Response.from(out);
        }
    }

    @Test
    void aSentenceSeenBeforeIsEmbeddedOnceAndGetsTheSameVector() {
        CountingModel model = new CountingModel();
        SentenceEmbedder embedder = new SentenceEmbedder(model);
        List<float[]> first = embedder.embed(List.of("The ferry sank.", "Nine were rescued.", "The ferry sank."));
        List<float[]> second = embedder.embed(List.of("Nine were rescued.", "The port closed."));

        assertThat(model.embedded).containsExactly("The ferry sank.", "Nine were rescued.", "The port closed.");
        assertThat(first).hasSize(3);
        assertThat(first.get(2)).containsExactly(first.get(0));
        assertThat(second.get(0)).containsExactly(first.get(1));
        assertThat(second.get(1)).isNotEqualTo(first.get(1));
        assertThat(SentenceEmbedder.cosine(first.get(0), first.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aCallerThatChangesItsVectorDoesNotChangeTheCachedOne() {
        SentenceEmbedder embedder = new SentenceEmbedder(new CountingModel());
        float[] v = embedder.embed("The ferry sank.");
        float[] kept = v.clone();
        v[0] = 42;
        assertThat(embedder.embed("The ferry sank.")).containsExactly(kept);
    }
}
