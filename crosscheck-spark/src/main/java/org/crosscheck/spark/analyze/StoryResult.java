package org.crosscheck.spark.analyze;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.align.StoryClaims;
import org.crosscheck.time.PartialDate;

/**
 * One analysed story.
 *
 * @param index         the story's place in the report (a story merged by the same-event pass takes the place of its first story)
 * @param storyJson     the report's story object, one JSON line
 * @param storedForm    the story's report in the store's form ({@code ReportCodec}), one JSON line, for {@code ingest --from}
 * @param borrowedDates the story dates its undated articles borrowed, by article id
 * @param cutArticles   where the claims stage stopped reading its articles longer than it reads, by article id
 * @param problems      why the story could not be analysed, when it could not (it is still reported)
 * @param claims        its claims and dated span, as the same-event pass reads them
 * @param cpuNanos      the CPU time its analysis took on the task's thread
 */
public record StoryResult(int index, String storyJson, String storedForm, Map<String, PartialDate> borrowedDates,
                          Map<String, SentenceCut> cutArticles, List<String> problems, StoryClaims claims, long cpuNanos)
        implements Serializable {

    public StoryResult {
        borrowedDates = Map.copyOf(borrowedDates);
        cutArticles = Map.copyOf(cutArticles);
        problems = List.copyOf(problems);
    }
}
