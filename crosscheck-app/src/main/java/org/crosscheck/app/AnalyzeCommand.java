package org.crosscheck.app;

import java.util.List;
import org.crosscheck.app.web.HtmlReportPage;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.MarkdownReport;
import org.crosscheck.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code analyze}: the whole pipeline, printed as the report of the interface. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract, deduplicate, cluster into stories, extract and align claims, flag conflicts; "
                + "prints the report (json, markdown, or html: one self-contained page with the story views of the web UI).")
final class AnalyzeCommand extends InputVerbCommand {

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "report only the conflicts whose confidence is at least X, in [0, 1] (default 0: all)")
    private double minConfidence;

    /** What analyze does with a story of one article. */
    enum SingleStories {
        /** reported with its headline and article; its claims are extracted only once a second article joins */
        deferred,
        /** analysed in full, as a story of several articles */
        analysed
    }

    @Option(names = "--single-stories", paramLabel = "MODE",
            description = "a story of one article: analysed (default: claims, summary, timeline and entities as for any "
                    + "story) or deferred (its headline and article, claimsDeferred true, no claims extracted, unless the "
                    + "same-event merge could join it to another story: faster on streams where most stories have one article)")
    private SingleStories singleStories = SingleStories.analysed;

    @Option(names = "--no-embeddings",
            description = "join stories on words and names alone, without the MiniLM embeddings (faster; the fast preset)")
    private boolean noEmbeddings;

    AnalyzeCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected PipelineSettings pipelineSettings() {
        PipelineSettings settings = super.pipelineSettings();
        return noEmbeddings ? settings.withoutEmbeddings() : settings;
    }

    @Override
    protected List<String> formats() {
        return List.of("json", "markdown", "html");
    }

    @Override
    protected boolean execute(Pipeline pipeline, String format, ResultOutput out, Progress progress) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-confidence must lie in [0, 1], not " + minConfidence);
        }
        List<Article> articles = readAllArticles(pipeline, progress);
        if (articles.isEmpty()) {
            return false;
        }
        Report analyzed = pipeline.analyze(articles, progress, singleStories == SingleStories.deferred);
        Report report = minConfidence <= 0 ? analyzed : new Report(analyzed.schemaVersion(), analyzed.articles(),
                analyzed.stories().stream().map(s -> s.withMinConfidence(minConfidence)).toList(), analyzed.problems());
        report.problems().forEach(this::reportIncomplete);
        out.write(switch (format) {
            case "json" -> JsonReport.pretty(JsonReport.report(report)) + "\n";
            case "html" -> HtmlReportPage.render(JsonReport.report(report));
            default -> MarkdownReport.render(report);
        });
        return true;
    }
}
