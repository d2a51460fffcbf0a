package org.crosscheck.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The token clean-up of the rewrite features stays linear in a token's length. */
class RewriteFeaturesTest {

    @Test
    void trailingPunctuationIsStripped() {
        assertThat(RewriteFeatures.withoutTrailingPunctuation("Velby,")).isEqualTo("Velby");
        assertThat(RewriteFeatures.withoutTrailingPunctuation("4.2.")).isEqualTo("4.2");
        assertThat(RewriteFeatures.withoutTrailingPunctuation("rock-n-roll'’-.")).isEqualTo("rock-n-roll");
        assertThat(RewriteFeatures.withoutTrailingPunctuation("---")).isEmpty();
    }

    @Test
    void aRunOfThreeHundredThousandDashesIsStrippedInLinearTime() {
        String token = "long" + "-".repeat(300_000) + "x" + "-".repeat(300_000);
        String stripped = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RewriteFeatures.withoutTrailingPunctuation(token));
        assertThat(stripped).endsWith("-x").hasSize(300_005);
    }
}
