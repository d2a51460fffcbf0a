package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.provenance.RewriteFeatures;
import org.crosscheck.provenance.RewriteJudge;
import org.junit.jupiter.api.Test;

/** The pipeline settings name the model each stage decides with, and the pipeline hands the stages those. */
class StageModelsTest {

    @Test
    void thePresetsHoldTheShippedModelsLoadedOnce() {
        assertThat(PipelineSettings.defaults().models()).isSameAs(StageModels.shipped());
        assertThat(PipelineSettings.fast().models()).isSameAs(StageModels.shipped());
        assertThat(StageModels.shipped().rewrite().get()).isSameAs(StageModels.shipped().rewrite().get());
        assertThat(StageModels.shipped().verify().get().threshold()).isBetween(0.0, 1.0);
    }

    @Test
    void aSwappedModelIsTheOneTheStagesGet() {
        AtomicInteger asked = new AtomicInteger();
        RewriteJudge never = new RewriteJudge(new double[RewriteFeatures.NAMES.size()], 0, 1.0);
        StageModels swapped = StageModels.shipped().withRewrite(() -> {
            asked.incrementAndGet();
            return never;
        });
        new Pipeline(new PipelineSettings(1).withModels(swapped));
        assertThat(asked).hasValue(1);

        StageModels broken = StageModels.shipped().withArticleRewrite(() -> {
            throw new IllegalStateException("shipped model test/article-rewrite.properties is missing from the classpath");
        });
        assertThatThrownBy(() -> new Pipeline(new PipelineSettings(1).withModels(broken)))
                .hasMessageContaining("test/article-rewrite.properties");
    }
}
