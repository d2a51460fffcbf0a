package org.crosscheck.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import picocli.CommandLine.Command;

/** {@code extract}: main text and metadata of every article, one JSON object a line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Main text and metadata of every article (jsonl: one object a line; json: one array).")
final class ExtractCommand extends InputVerbCommand {

    ExtractCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected List<String> formats() {
        return List.of("jsonl", "json");
    }

    @Override
    protected boolean execute(Pipeline pipeline, String format, ResultOutput out, Progress progress) {
        if (format.equals("jsonl")) {
            return readArticles(pipeline, progress, a -> out.line(JsonReport.line(JsonReport.article(a)))) > 0;
        }
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        int n = readArticles(pipeline, progress, a -> all.add(JsonReport.article(a)));
        if (n > 0) {
            out.line(all.toPrettyString());
        }
        return n > 0;
    }
}
