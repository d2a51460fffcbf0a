package org.crosscheck.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleRunTest {

    @Test
    void chunkBoundsEndAtCheckpoints() {
        assertThat(ScaleRun.chunkBounds(2500, List.of(1250, 2500))).containsExactly(1000, 1250, 2250, 2500);
        assertThat(ScaleBenchmark.doublings(8000)).containsExactly(1000, 2000, 4000, 8000);
    }
}
