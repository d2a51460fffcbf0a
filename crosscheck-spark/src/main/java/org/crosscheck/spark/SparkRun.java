package org.crosscheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.align.SameEventStories.PairScore;
import scala.Tuple2;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.report.JsonReport;
import org.crosscheck.spark.analyze.StoryResult;
import org.crosscheck.spark.analyze.SameEventPairs;
import org.crosscheck.spark.analyze.StoryAnalysisTasks;
import org.crosscheck.spark.cluster.BucketedStories;
import org.crosscheck.spark.cluster.StoryStitch;
import org.crosscheck.spark.cluster.TimeBuckets;
import org.crosscheck.spark.dedup.NearDuplicates;
import org.crosscheck.spark.extract.TaskFindings;
import org.crosscheck.spark.files.HadoopFiles;
import org.crosscheck.spark.files.InputFile;
import org.crosscheck.spark.files.InputListing;
import org.crosscheck.spark.files.UnknownFileSystemException;
import org.crosscheck.spark.extract.ExtractFiles;
import org.crosscheck.spark.extract.ReadArticles;
import org.crosscheck.spark.output.JobOutput;
import org.crosscheck.spark.output.OutputFormat;
import org.crosscheck.time.PartialDate;

/**
 * One run of the job, stage by stage: the inputs are listed on the driver through Hadoop's file
 * systems and read one whole file per task; articles are extracted in the tasks and held there; near-duplicates are found by
 * their fingerprints' MinHash bands ({@link NearDuplicates}); the articles are bucketed by language and span of
 * publication days with an overlap of the cold-story window ({@link TimeBuckets}), the core's
 * clustering makes each bucket's stories in a task, and the driver stitches them across bucket
 * edges ({@link StoryStitch}; on an input that fits one bucket, the stories of {@code analyze});
 * each story is analysed in a task; the outputs are written under the output folder.
 */
public final class SparkRun {

    /** The inputs and records the last {@link #run} skipped, with their reasons (also in {@code skipped.jsonl}). */
    private List<SkippedInput> skipped = List.of();


    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The span of publication days of a story bucket when none is given. */
    public static final int DEFAULT_BUCKET_DAYS = 30;

    private final SparkSession spark;
    private final int bucketDays;
    private final boolean analyzeStories;
    /** The CPU seconds (of the tasks' threads: ONNX Runtime's own threads are not counted) of the first analysis pass's partitions, in the order Spark starts them. */
    private List<Double> analysisCpu = List.of();

    public SparkRun(SparkSession spark) {
        this(spark, DEFAULT_BUCKET_DAYS, true);
    }

    /**
     * @param bucketDays     the span of publication days of the buckets whose stories are made each in a task
     * @param analyzeStories false to stop after the stories are made ({@code --until cluster}): no
     *                       analysis, and no {@code stories} or {@code links} written
     */
    public SparkRun(SparkSession spark, int bucketDays, boolean analyzeStories) {
        if (bucketDays < 1) {
            throw new IllegalArgumentException("a story bucket spans at least one day, not " + bucketDays);
        }
        this.spark = spark;
        this.bucketDays = bucketDays;
        this.analyzeStories = analyzeStories;
    }

    /**
     * Runs the job over the inputs and returns {@code summary.json}'s object. Inputs and
     * {@code out} are any paths Hadoop's file systems understand.
     *
     * @throws UnknownFileSystemException when an input or {@code out} has a scheme no file system serves
     */
    public ObjectNode run(List<String> inputs, String out, OutputFormat format) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Pipeline driver = ExecutorPipeline.get();
        JobStages stages = new JobStages();

        List<SkippedInput> skipped = new ArrayList<>();
        HadoopFiles hadoop = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        JobOutput output = new JobOutput(spark, hadoop, out); // an unknown scheme in --out stops the job before any work
        List<InputFile> files = InputListing.list(hadoop, inputs, skipped::add);
        stages.done("list", files.size());

        // the findings are held once; the numbered articles are computed from them when used
        JavaRDD<TaskFindings> found = (files.isEmpty() ? sc.<InputFile>emptyRDD() : sc.parallelize(files, files.size()))
                .mapPartitionsWithIndex(new ExtractFiles(hadoop), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        ReadArticles read = ReadArticles.of(found);
        skipped.addAll(read.skipped());
        JavaPairRDD<Long, Article> articles = read.articles();
        stages.done("extract", read.count());

        List<String> readIds = read.ids();
        List<NearDuplicates.Found> duplicates = NearDuplicates.find(read.fingerprints(), read.ranges(),
                n -> readIds.get(Math.toIntExact(n)), driver.settings().dedup());
        stages.done("dedup", duplicates.size());

        BucketedStories bucketed = BucketedStories.of(articles, bucketDays, driver.settings().cluster().coldDays());
        List<Story> stories = bucketed.stories();
        stages.done("cluster", stories.size());

        int partitions = Math.max(1, sc.defaultParallelism() * 4);
        JavaPairRDD<String, Article> byId = null;
        JavaPairRDD<Integer, StoryResult> results = null;
        List<String> problems = new ArrayList<>();
        long storyCount = stories.size();
        if (analyzeStories) {
            byId = articles.mapToPair(a -> new Tuple2<>(a._2().id(), a._2()))
                    .partitionBy(new HashPartitioner(partitions))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            results = analyze(sc, driver, stories, byId, partitions).persist(StorageLevel.MEMORY_AND_DISK());
            storyCount = results.count();
            for (List<String> p : results.sortByKey().values().map(StoryResult::problems).filter(p -> !p.isEmpty()).collect()) {
                problems.addAll(p);
            }
            stages.done("analyze", storyCount);
        }

        // what a story says of its articles (the date an undated one borrowed, where a long one was
        // cut), for the few articles it concerns, sent to the tasks that write the articles in reading order
        Map<String, Tuple2<PartialDate, SentenceCut>> notes = results == null ? Map.of() : new HashMap<>(results.values()
                .flatMapToPair(r -> {
                    Set<String> ids = new HashSet<>(r.borrowedDates().keySet());
                    ids.addAll(r.cutArticles().keySet());
                    return ids.stream().map(id -> new Tuple2<>(id, new Tuple2<>(r.borrowedDates().get(id), r.cutArticles().get(id))))
                            .iterator();
                })
                .collectAsMap());
        Broadcast<Map<String, Tuple2<PartialDate, SentenceCut>>> noted = sc.broadcast(notes);
        JavaRDD<String> articleLines = articles.values().map(a -> {
            Tuple2<PartialDate, SentenceCut> note = noted.value().get(a.id());
            return JsonReport.line(note == null ? JsonReport.article(a, null) : JsonReport.article(a, note._1(), note._2()));
        });
        output.write("articles", articleLines, format);
        long links = 0;
        if (results != null) {
            JavaRDD<StoryResult> ordered = results.sortByKey().values().persist(StorageLevel.MEMORY_AND_DISK());
            output.write("stories", ordered.map(StoryResult::storyJson), format);
            JavaRDD<String> linkLines = ordered.flatMap(r -> links(r.storyJson()).iterator()).persist(StorageLevel.MEMORY_AND_DISK());
            links = linkLines.count();
            output.write("links", linkLines, format);
            output.writeLines("reports.jsonl", ordered.map(StoryResult::storedForm));
            linkLines.unpersist(false);
            ordered.unpersist(false);
            results.unpersist(false);
        }
        List<String> duplicateLines = duplicates.stream().map(d -> JsonReport.line(MAPPER.createObjectNode()
                .put("articleId", d.pair().articleId()).put("earlierId", d.pair().earlierId())
                .put("jaccard", d.pair().jaccard()).put("exact", d.pair().exact()).put("group", d.group()))).toList();
        output.write("duplicates", duplicateLines, format);
        output.writeLines("skipped.jsonl", skipped.stream()
                .map(s -> JsonReport.line(MAPPER.createObjectNode().put("source", s.source()).put("reason", s.reason()))).toList());
        stages.done("write", read.count() + (analyzeStories ? storyCount : 0) + links + duplicateLines.size());
        noted.destroy();
        if (byId != null) {
            byId.unpersist(false);
        }
        found.unpersist(false);

        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("master", spark.sparkContext().master());
        summary.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        summary.put("files", files.size());
        summary.put("articles", read.count());
        summary.put("skipped", skipped.size());
        this.skipped = List.copyOf(skipped);
        summary.put("bucketDays", bucketDays);
        summary.put("buckets", bucketed.buckets());
        summary.put("until", analyzeStories ? "analyze" : "cluster");
        summary.put("stories", storyCount);
        summary.put("links", links);
        summary.put("duplicates", duplicateLines.size());
        summary.set("problems", MAPPER.valueToTree(problems));
        summary.set("stages", stages.json(MAPPER));
        if (analyzeStories) {
            summary.set("analyzePartitionCpuSeconds", MAPPER.valueToTree(analysisCpu.stream()
                    .map(c -> Math.round(c * 1000) / 1000.0).toList()));
        }
        output.writeLines("summary.json", List.of(JsonReport.pretty(summary)));
        return summary;
    }

    /**
     * The stories analysed in tasks, then the same-event pass as {@code analyze} runs it: the
     * pairs it joins scored in tasks by span of days ({@link SameEventPairs}), the groups made on
     * the driver from those pairs (story places only), each group joined and analysed again in a
     * task; by place in the report.
     */
    private JavaPairRDD<Integer, StoryResult> analyze(JavaSparkContext sc, Pipeline driver, List<Story> stories,
                                                      JavaPairRDD<String, Article> byId, int partitions) {
        if (stories.isEmpty()) {
            return JavaPairRDD.fromJavaRDD(sc.<Tuple2<Integer, StoryResult>>emptyRDD());
        }
        List<Tuple2<Integer, List<Story>>> single = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            single.add(new Tuple2<>(i, List.of(stories.get(i))));
        }
        JavaPairRDD<Integer, StoryResult> results = StoryAnalysisTasks.analyze(sc, byId, single, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        analysisCpu = results.mapPartitions(r -> {
            long nanos = 0;
            while (r.hasNext()) {
                nanos += r.next()._2().cpuNanos();
            }
            return List.of(nanos / 1e9).iterator();
        }).collect();
        List<PairScore> joining = SameEventPairs.joining(
                results.filter(r -> !r._2().claims().claims().isEmpty()).mapValues(StoryResult::claims),
                bucketDays, driver.settings().storyMerge().maxDaysApart());
        List<List<Integer>> groups = driver.sameEventGroups(stories.size(), joining);
        if (groups.size() == stories.size()) {
            return results;
        }
        List<Tuple2<Integer, List<Story>>> merged = new ArrayList<>();
        Set<Integer> absorbed = new HashSet<>();
        for (List<Integer> group : groups) {
            if (group.size() > 1) {
                merged.add(new Tuple2<>(group.get(0), group.stream().map(stories::get).toList()));
                absorbed.addAll(group);
            }
        }
        return results.filter(r -> !absorbed.contains(r._1())).union(StoryAnalysisTasks.analyze(sc, byId, merged, partitions));
    }

    /** The provenance links of a story object, each with the story's id. */
    private static List<String> links(String storyJson) {
        try {
            JsonNode story = MAPPER.readTree(storyJson);
            List<String> lines = new ArrayList<>();
            for (JsonNode link : story.path("provenance")) {
                ObjectNode n = MAPPER.createObjectNode();
                n.put("story", story.path("id").asText());
                n.setAll((ObjectNode) link);
                lines.add(JsonReport.line(n));
            }
            return lines;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a story object that is not JSON", e);
        }
    }

    /** What the last {@link #run} skipped, each with its reason, in the order {@code skipped.jsonl} lists them. */
    public List<SkippedInput> skipped() {
        return skipped;
    }
}
