package org.crosscheck.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeaningFeaturesTest {

    @Test
    void quotationsAreCarriedFromTheSourceOrTheTextsOwn() {
        String source = "\"The crew did everything right,\" she said. Officials said the road would reopen.";
        String derived = "\"The crew did everything right,\" she told reporters. A volunteer said: "
                + "``People were cold and a bit shaken by then.'' Another added \u201cWe sang all the way to the quay.\u201d";
        assertThat(MeaningFeatures.quotes(derived, source)).containsExactly(1.0 / 3, 2.0 / 3);
        assertThat(MeaningFeatures.quotes("No quotation in this one at all.", source)).containsExactly(0.0, 0.0);
    }
}
