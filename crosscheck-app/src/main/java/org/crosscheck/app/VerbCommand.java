package org.crosscheck.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the verbs that read inputs and print results share: reading the inputs, {@code --format},
 * {@code -o}, {@code --quiet}, skipped-input lines on standard error, and the exit codes.
 */
abstract class VerbCommand implements Callable<Integer> {

    protected final Terminal terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "output format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the result to FILE instead of standard output")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
    boolean quiet;

    /** Inputs, or parts of inputs, skipped in this run. */
    private int skipped;

    protected VerbCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The inputs to read articles from. */
    protected abstract List<String> inputs();

    /** Formats this verb can write; the first is the default. */
    protected abstract List<String> formats();

    /** Runs the verb over the inputs and writes the result; returns false when nothing could be processed. */
    protected abstract boolean execute(Pipeline pipeline, String format, ResultOutput out, Progress progress) throws IOException;

    @Override
    public final Integer call() throws IOException {
        String chosen = format == null ? formats().get(0) : format.toLowerCase(Locale.ROOT);
        if (!formats().contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "format '" + format + "' is not available for " + spec.name() + " (choose from " + String.join(", ", formats()) + ")");
        }
        if (output != null && ResultOutput.missingDirectory(output) != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "-o " + output + ": there is no directory " + ResultOutput.missingDirectory(output));
        }
        Progress progress = ProgressDisplay.create(quiet, terminal.err());
        Pipeline pipeline = new Pipeline(pipelineSettings());
        boolean processed;
        try (ResultOutput out = ResultOutput.open(output, terminal.out())) {
            processed = execute(pipeline, chosen, out, progress);
            if (processed) {
                out.commit();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!processed) {
            terminal.err().println("crosscheck: nothing could be processed");
            return ExitCode.NOTHING_PROCESSED;
        }
        return skipped > 0 ? ExitCode.SOME_SKIPPED : ExitCode.OK;
    }

    /** How the pipeline is put together for this verb. */
    protected PipelineSettings pipelineSettings() {
        return PipelineSettings.defaults();
    }

    /** Names on standard error a part of the work that was not done; the run then exits with 1. */
    protected final void reportIncomplete(String what) {
        skipped++;
        terminal.err().println("crosscheck: " + what);
    }

    /** Reads and extracts every input into a list, reporting skipped ones on standard error. */
    protected final List<Article> readAllArticles(Pipeline pipeline, Progress progress) {
        List<Article> articles = new java.util.ArrayList<>();
        readArticles(pipeline, progress, articles::add);
        return articles;
    }

    /** Reads and extracts every input, reporting skipped ones on standard error; returns the article count. */
    protected final int readArticles(Pipeline pipeline, Progress progress, Consumer<Article> articles) {
        int[] count = {0};
        pipeline.extract(inputs(), terminal.in(), new ArticleSink() {
            @Override
            public void article(Article article) {
                count[0]++;
                progress.update("read", count[0], -1);
                articles.accept(article);
            }

            @Override
            public void skipped(SkippedInput s) {
                skipped++;
                terminal.err().println("crosscheck: " + s.message());
            }
        });
        progress.update("read", count[0], count[0]);
        return count[0];
    }
}
