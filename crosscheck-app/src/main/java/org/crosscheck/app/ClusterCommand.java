package org.crosscheck.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster}: the story of every article, one JSON object a line, in input order. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "The story of every article (jsonl: one object a line; json: one array).")
final class ClusterCommand extends InputVerbCommand {

    @Option(names = "--no-embeddings",
            description = "decide on words and names alone, without the MiniLM embeddings (faster, a little less accurate)")
    boolean noEmbeddings;

    ClusterCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected List<String> formats() {
        return List.of("jsonl", "json");
    }

    @Override
    protected boolean execute(Pipeline pipeline, String format, ResultOutput out, Progress progress) {
        List<Article> articles = readAllArticles(pipeline, progress);
        if (articles.isEmpty()) {
            return false;
        }
        progress.update("cluster", 0, articles.size());
        Map<String, Story> storyOf = new HashMap<>();
        for (Story story : pipeline.cluster(articles, !noEmbeddings)) {
            story.articleIds().forEach(id -> storyOf.put(id, story));
        }
        progress.update("cluster", articles.size(), articles.size());
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (Article a : articles) {
            if (format.equals("jsonl")) {
                out.line(JsonReport.line(JsonReport.storyOf(a, storyOf.get(a.id()))));
            } else {
                all.add(JsonReport.storyOf(a, storyOf.get(a.id())));
            }
        }
        if (format.equals("json")) {
            out.line(all.toPrettyString());
        }
        return true;
    }
}
