package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code analyze --min-confidence}: conflicts sorted by confidence, the weaker ones hidden, the range checked. */
class AnalyzeMinConfidenceTest {

    private static final String FERRY = Path.of("..", "examples", "skerrin-ferry-grounding").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> conflicts(CliRun run) throws Exception {
        assertThat(run.exitCode()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode story : JSON.readTree(run.out()).get("stories")) {
            story.get("conflicts").forEach(out::add);
        }
        return out;
    }

    @Test
    void conflictsComeHighestConfidenceFirstAndTheOptionHidesTheWeakerOnes() throws Exception {
        List<JsonNode> all = conflicts(CliRun.of("analyze", "--quiet", FERRY));
        List<Double> confidences = all.stream().map(c -> c.get("confidence").asDouble()).toList();
        assertThat(confidences).isNotEmpty().allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
        assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(confidences.stream().distinct().count()).as("distinct confidences").isGreaterThan(1);

        double cut = (confidences.get(0) + confidences.get(confidences.size() - 1)) / 2;
        List<JsonNode> kept = conflicts(CliRun.of("analyze", "--quiet", "--min-confidence", String.valueOf(cut), FERRY));
        assertThat(kept).extracting(c -> c.get("id").asText()).containsExactlyElementsOf(
                all.stream().filter(c -> c.get("confidence").asDouble() >= cut).map(c -> c.get("id").asText()).toList());
        assertThat(kept).hasSizeLessThan(all.size()).isNotEmpty();
    }

    @Test
    void aMinConfidenceOutsideTheUnitIntervalIsAUsageError() {
        for (String bad : List.of("1.5", "-0.1", "NaN")) {
            CliRun run = CliRun.of("analyze", "--quiet", "--min-confidence", bad, FERRY);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("--min-confidence must lie in [0, 1]");
        }
    }
}
