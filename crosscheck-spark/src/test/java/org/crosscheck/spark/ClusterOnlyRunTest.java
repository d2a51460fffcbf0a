package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.spark.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --until cluster}: the job stops once the stories are made; nothing is analysed. */
class ClusterOnlyRunTest {

    @TempDir
    Path tmp;

    @Test
    void noAnalysisAndNoStoryObjectsButTheStoriesAreCounted() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        Path out = tmp.resolve("out");
        ObjectNode summary = new SparkRun(spark, 30, false).run(List.of(Path.of("..", "examples", "unrelated").toString()),
                out.toString(), OutputFormat.JSONL);
        assertThat(summary.get("until").asText()).isEqualTo("cluster");
        assertThat(summary.get("stories").asInt()).isEqualTo(3);
        assertThat(summary.get("stages").findValuesAsText("stage")).containsExactly("list", "extract", "dedup", "cluster", "write");
        assertThat(out.resolve("articles.jsonl")).exists();
        assertThat(out.resolve("stories.jsonl")).doesNotExist();
        assertThat(out.resolve("links.jsonl")).doesNotExist();
    }
}
