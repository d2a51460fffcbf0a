package org.crosscheck.spark.analyze;

import java.io.Serializable;
import java.util.List;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;

/**
 * One story to analyse, with its member articles, so that a task needs nothing else.
 *
 * @param index   the story's place in the report
 * @param story   the story
 * @param members its articles, in the story's order
 */
public record StoryTask(int index, Story story, List<Article> members) implements Serializable {

    public StoryTask {
        members = List.copyOf(members);
    }
}
