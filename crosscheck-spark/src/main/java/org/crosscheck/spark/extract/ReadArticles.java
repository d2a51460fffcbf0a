package org.crosscheck.spark.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.extract.Article;
import scala.Tuple2;

/**
 * The articles of a run, numbered in reading order, left where the extraction tasks made them:
 * the driver orders only the findings' places, ids and sources ({@link FirstOfEachId} over
 * {@link Extracted#withoutText()} records) and sends back each task's first reading number and the
 * few places of articles dropped for an id already read.
 *
 * @param articles each kept article by its reading number, 0 first, in reading order across the
 *                 partitions (the extraction tasks' own): computed from the findings when used, so
 *                 that only the findings are held
 * @param fingerprints each kept article's fingerprint (made in the extraction task) by its reading
 *                 number, partitioned as {@code articles}: computed from the findings when used
 * @param count    how many articles were kept
 * @param ids      each kept article's id, by reading number (held on the driver)
 * @param skipped  the inputs, records and documents skipped, in reading order
 * @param ranges   the reading numbers each partition of {@code articles} holds, {lowest, highest}
 *                 (empty for a partition without articles), in partition order
 */
public record ReadArticles(JavaPairRDD<Long, Article> articles, JavaPairRDD<Long, Fingerprint> fingerprints, long count,
                           List<String> ids, List<SkippedInput> skipped, List<long[]> ranges) {

    /** @param found the extraction tasks' findings, one partition per task, in reading order within each */
    public static ReadArticles of(JavaRDD<TaskFindings> found) {
        List<Extracted> places = found.flatMap(t -> t.findings().stream().map(Extracted::withoutText).iterator()).collect();
        FirstOfEachId first = new FirstOfEachId(places);
        int tasks = found.getNumPartitions();
        long[] offsets = new long[tasks + 1];
        Set<Long> kept = new HashSet<>();
        for (long[] k : first.kept()) {
            offsets[(int) k[0] + 1]++;
            kept.add(place(k[0], k[1]));
        }
        for (int t = 1; t <= tasks; t++) {
            offsets[t] += offsets[t - 1];
        }
        Set<Long> dropped = new HashSet<>();
        for (Extracted e : places) {
            if (e.isArticle() && !kept.contains(place(e.task(), e.seq()))) {
                dropped.add(place(e.task(), e.seq()));
            }
        }
        List<long[]> ranges = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            ranges.add(offsets[t + 1] > offsets[t] ? new long[] {offsets[t], offsets[t + 1] - 1} : new long[0]);
        }
        return new ReadArticles(numbered(found, offsets, dropped, Extracted::article),
                numbered(found, offsets, dropped, Extracted::fingerprint), kept.size(), List.copyOf(first.ids()),
                first.skipped(), ranges);
    }

    /** What {@code part} takes of each kept article's finding, by the article's reading number. */
    private static <T> JavaPairRDD<Long, T> numbered(JavaRDD<TaskFindings> found, long[] offsets, Set<Long> dropped,
                                                     Function<Extracted, T> part) {
        return JavaPairRDD.fromJavaRDD(found.mapPartitionsWithIndex((Integer task, Iterator<TaskFindings> blocks) -> {
            long next = offsets[task];
            List<Tuple2<Long, T>> out = new ArrayList<>();
            while (blocks.hasNext()) {
                for (Extracted e : blocks.next().findings()) {
                    if (e.isArticle() && !dropped.contains(place(e.task(), e.seq()))) {
                        out.add(new Tuple2<>(next++, part.call(e)));
                    }
                }
            }
            return out.iterator();
        }, true));
    }

    private static long place(long task, long seq) {
        return (task << 32) | (seq & 0xFFFFFFFFL);
    }
}
