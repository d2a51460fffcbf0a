package org.crosscheck.spark.analyze;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.StoryFindings;
import org.crosscheck.report.JsonReport;
import org.crosscheck.spark.ExecutorPipeline;
import org.crosscheck.store.ReportCodec;
import scala.Tuple2;

/**
 * The analysis task ({@code mapPartitions} over the stories grouped with their articles): each
 * story of the partition is analysed where it lies (provenance, claims, alignment, conflicts,
 * timeline, summary) by the same code as {@code analyze}, one story at a time, and given as the
 * report's story object with the claims the same-event pass reads. A story of several parts (a
 * same-event group) is first joined as {@code analyze} joins it.
 */
public final class AnalyzeStories
        implements PairFlatMapFunction<Iterator<Tuple2<Integer, Tuple2<Iterable<List<Story>>, Iterable<Article>>>>, Integer, StoryResult> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public Iterator<Tuple2<Integer, StoryResult>> call(Iterator<Tuple2<Integer, Tuple2<Iterable<List<Story>>, Iterable<Article>>>> stories) {
        Pipeline pipeline = ExecutorPipeline.get();
        List<Tuple2<Integer, StoryResult>> results = new ArrayList<>();
        while (stories.hasNext()) {
            Tuple2<Integer, Tuple2<Iterable<List<Story>>, Iterable<Article>>> next = stories.next();
            List<Story> parts = next._2()._1().iterator().next();
            Map<String, Article> byId = new HashMap<>();
            next._2()._2().forEach(a -> byId.put(a.id(), a));
            Story story = parts.size() == 1 ? parts.get(0) : Pipeline.sameEventStory(parts, byId);
            long started = THREADS.getCurrentThreadCpuTime();
            StoryFindings found = pipeline.findings(story, story.articleIds().stream().map(byId::get).toList());
            long cpu = THREADS.getCurrentThreadCpuTime() - started;
            results.add(new Tuple2<>(next._1(), new StoryResult(next._1(), JsonReport.line(JsonReport.story(found.report())),
                    ReportCodec.write(found.report()), found.report().borrowedDates(), found.report().cutArticles(),
                    found.problem() == null ? List.of() : List.of(found.problem()), found.claims(), cpu)));
        }
        return results.iterator();
    }
}
