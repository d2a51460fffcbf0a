package org.crosscheck.spark.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.pipeline.StoryAnalyst;
import org.crosscheck.report.JsonReport;
import org.crosscheck.store.ReportCodec;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.spark.ExecutorPipeline;

/**
 * The analysis task ({@code mapPartitions}): each story of the partition is analysed where it
 * lies (provenance, claims, alignment, conflicts, timeline, summary) by the same code as
 * {@code analyze}, one story at a time, and given as the report's story object.
 */
public final class AnalyzeStories implements FlatMapFunction<Iterator<StoryTask>, StoryResult> {

    @Override
    public Iterator<StoryResult> call(Iterator<StoryTask> tasks) {
        StoryAnalyst analyst = ExecutorPipeline.get().storyAnalyst(Progress.NONE);
        List<StoryResult> results = new ArrayList<>();
        while (tasks.hasNext()) {
            StoryTask task = tasks.next();
            Map<String, Article> byId = new HashMap<>();
            task.members().forEach(a -> byId.put(a.id(), a));
            Report report = analyst.analyze(List.of(task.story()), byId);
            StoryReport story = report.stories().get(0);
            results.add(new StoryResult(task.index(), JsonReport.line(JsonReport.story(story)), ReportCodec.write(story),
                    story.borrowedDates(), story.cutArticles(), report.problems()));
        }
        return results.iterator();
    }
}
