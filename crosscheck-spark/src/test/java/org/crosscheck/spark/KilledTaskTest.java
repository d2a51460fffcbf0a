package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.spark.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task killed once is run again by Spark, and the outputs hold each story and article once:
 * the same as {@code analyze} over the same input.
 */
class KilledTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Kills the first attempt of the first task that starts in each stage, letting it finish its work first. */
    private static final class KillFirstTaskOfEachStage extends SparkListener {
        private final SparkContext sc;
        private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
        final AtomicInteger killed = new AtomicInteger();

        KillFirstTaskOfEachStage(SparkContext sc) {
            this.sc = sc;
        }

        @Override
        public void onTaskStart(SparkListenerTaskStart start) {
            if (start.taskInfo().attemptNumber() == 0 && stages.add(start.stageId())) {
                sc.killTaskAttempt(start.taskInfo().taskId(), false, "killed once by the test");
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.reason() instanceof TaskKilled) {
                killed.incrementAndGet();
            }
        }
    }

    @Test
    void aKilledTaskIsRunAgainAndNothingIsWrittenTwice() throws Exception {
        List<String> inputs = List.of(Path.of("..", "examples", "skerrin-ferry-grounding").toString());
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        List<Article> articles = new ArrayList<>();
        pipeline.extract(inputs, InputStream.nullInputStream(), ArticleSink.of(articles::add, s -> { }));
        JsonNode expected = JsonReport.report(pipeline.analyze(articles, Progress.NONE));

        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        KillFirstTaskOfEachStage killer = new KillFirstTaskOfEachStage(spark.sparkContext());
        spark.sparkContext().addSparkListener(killer);
        Path out = tmp.resolve("out");
        try {
            new SparkRun(spark).run(inputs, out.toString(), OutputFormat.JSONL);
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(killer);
        }

        assertThat(killer.killed.get()).isPositive();
        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            stories.add(JSON.readTree(line));
        }
        List<JsonNode> want = new ArrayList<>();
        expected.get("stories").forEach(want::add);
        assertThat(stories).isEqualTo(want);
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(expected.get("articles").size());
    }
}
