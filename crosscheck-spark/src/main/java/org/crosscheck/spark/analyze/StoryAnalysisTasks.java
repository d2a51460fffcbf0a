package org.crosscheck.spark.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import scala.Tuple2;

/**
 * Stories analysed in tasks, each where its articles are brought: the story membership (article
 * id to story place) is joined with the articles by id on the executors, each story's articles
 * are grouped with it in the partition {@link CostPartitioner} gives it by its text length, and
 * {@link AnalyzeStories} analyses them there. The driver holds only the stories' article ids and
 * their estimated costs.
 */
public final class StoryAnalysisTasks {

    private StoryAnalysisTasks() {
    }

    /**
     * @param articles   the articles by id, each id once
     * @param stories    the stories to analyse, by their place in the report: each one story, or the
     *                   stories of a same-event group to be joined first
     * @param partitions how many analysis partitions at most
     * @return each story's result, by its place
     */
    public static JavaPairRDD<Integer, StoryResult> analyze(JavaSparkContext sc, JavaPairRDD<String, Article> articles,
                                                           List<Tuple2<Integer, List<Story>>> stories, int partitions) {
        JavaPairRDD<Integer, List<Story>> parts = sc.parallelizePairs(stories, Math.max(1, Math.min(partitions, stories.size())));
        JavaPairRDD<String, Integer> membership = parts.flatMapToPair(s -> {
            List<Tuple2<String, Integer>> ids = new ArrayList<>();
            s._2().forEach(story -> story.articleIds().forEach(id -> ids.add(new Tuple2<>(id, s._1()))));
            return ids.iterator();
        });
        JavaPairRDD<Integer, Article> members = membership.join(articles).mapToPair(m -> new Tuple2<>(m._2()._1(), m._2()._2()));
        Map<Integer, Long> costs = membership.join(articles.mapValues(StoryAnalysisTasks::cost))
                .mapToPair(m -> m._2())
                .reduceByKey(Long::sum)
                .collectAsMap();
        return parts.cogroup(members, CostPartitioner.of(costs, partitions)).mapPartitionsToPair(new AnalyzeStories());
    }

    /** An article's share of its story's analysis work: its text's length (CoreNLP and the sentence alignment grow with it). */
    static long cost(Article article) {
        return article.text().length() + (article.title() == null ? 0 : article.title().length());
    }
}
