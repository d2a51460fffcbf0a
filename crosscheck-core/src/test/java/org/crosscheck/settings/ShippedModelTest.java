package org.crosscheck.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A shipped model that is missing or malformed fails with one error naming its resource. */
class ShippedModelTest {

    @Test
    void aMissingModelIsNamed() {
        assertThatThrownBy(() -> ShippedModel.read(ShippedModelTest.class, "no-such-model.txt", in -> in.readAllBytes()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("shipped model org/crosscheck/settings/no-such-model.txt is missing from the classpath");
        assertThatThrownBy(() -> ShippedModel.read(ShippedModelTest.class, "/no-such-model.bin", in -> in.readAllBytes()))
                .hasMessage("shipped model no-such-model.bin is missing from the classpath");
    }

    @Test
    void aMalformedModelIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> ShippedModel.properties(ShippedModelTest.class, "broken-model.properties", p -> p.decimal("weight.words")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("shipped model org/crosscheck/settings/broken-model.properties cannot be read: ")
                .hasMessageContaining("weight.words").hasMessageContaining("heavy");
        assertThatThrownBy(() -> ShippedModel.properties(ShippedModelTest.class, "broken-model.properties", p -> p.decimal("bias")))
                .hasMessageStartingWith("shipped model org/crosscheck/settings/broken-model.properties cannot be read: ")
                .hasMessageContaining("bias");
        assertThatThrownBy(() -> ShippedModel.read(ShippedModelTest.class, "broken-model.properties", in -> {
            throw new IOException("truncated");
        })).hasMessage("shipped model org/crosscheck/settings/broken-model.properties cannot be read: truncated");
    }

    @Test
    void aGoodModelIsReadByItsReader() {
        String text = ShippedModel.read(ShippedModelTest.class, "broken-model.properties",
                in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertThat(text).contains("threshold=0.5");
        double threshold = ShippedModel.properties(ShippedModelTest.class, "broken-model.properties", p -> p.decimal("threshold"));
        assertThat(threshold).isEqualTo(0.5);
    }
}
