package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.IngestListener;
import org.crosscheck.pipeline.IngestSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code ingest INPUT... --store DIR}: adds the inputs' articles to a persistent store;
 * {@code ingest --from DIR --store DIR} loads an output folder of {@code crosscheck spark}. Prints a
 * line on standard error as each batch is durable (unless {@code --quiet}), skipped inputs
 * with their reasons, and one summary line at the end; nothing on standard output.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Adds articles to a persistent store, incrementally and idempotently: new articles join "
                + "the stored stories, and only the stories they touch are analysed again.")
final class IngestCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "files, directories (walked recursively) or - for standard input; any may be gzip-compressed")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    OutletsOption outlets;

    @CommandLine.Mixin
    SettingsOption settingsFile;

    @Option(names = "--from", paramLabel = "DIR",
            description = "instead of INPUT: an output folder of `crosscheck spark`, whose articles and analysed stories are "
                    + "stored as they are (no clustering or analysis run again); a Parquet one (--format parquet) "
                    + "is read through the crosscheck-spark module by the ./crosscheck launcher")
    Path from;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the store's directory (created when missing)")
    Path store;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "articles per batch: one transaction each, reported when durable (default: store.batch.size of the settings)")
    Integer batchSize;

    @Option(names = "--no-embeddings",
            description = "place articles into stories on words and names alone, without the MiniLM embeddings")
    boolean noEmbeddings;

    @Option(names = {"-q", "--quiet"}, description = "no progress on standard error (skipped inputs and the summary still show)")
    boolean quiet;

    IngestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        if (batchSize != null && batchSize < 1) {
            terminal.err().println("crosscheck: --batch-size must be at least 1");
            return ExitCode.USAGE;
        }
        boolean noInputs = inputs == null || inputs.isEmpty();
        if (noInputs == (from == null)) {
            terminal.err().println("crosscheck: ingest takes INPUT... or --from DIR, " + (noInputs ? "one of them" : "not both"));
            return ExitCode.USAGE;
        }
        Progress progress = ProgressDisplay.create(quiet, terminal.err());
        PipelineSettings pipelineSettings = settingsFile.apply(outlets.settings(spec.commandLine()), spec.commandLine());
        if (batchSize != null) {
            pipelineSettings = pipelineSettings.withIngest(pipelineSettings.ingest().withBatchSize(batchSize));
        }
        if (noEmbeddings) {
            pipelineSettings = pipelineSettings.withoutEmbeddings();
        }
        IngestSummary summary;
        try (SqliteStore s = SqliteStore.open(store)) {
            Pipeline pipeline = new Pipeline(pipelineSettings);
            summary = from != null ? pipeline.ingestOutput(from, s, listener())
                    : pipeline.ingest(inputs, terminal.in(), s, listener(), progress);
        } catch (IllegalArgumentException e) {
            terminal.err().println("crosscheck: --from " + e.getMessage());
            return ExitCode.NOTHING_PROCESSED;
        } catch (StoreException e) {
            terminal.err().println("crosscheck: " + e.getMessage());
            return ExitCode.NOTHING_PROCESSED;
        }
        terminal.err().println(String.format(Locale.ROOT,
                "crosscheck: ingest done: added %d, duplicates %d, skipped %d, stories touched %d, %.1f s, %.1f articles/s",
                summary.added(), summary.duplicates(), summary.skipped().size(), summary.storiesTouched(), summary.seconds(),
                summary.articlesPerSecond()));
        if (summary.added() + summary.duplicates() == 0) {
            terminal.err().println("crosscheck: nothing could be processed");
            return ExitCode.NOTHING_PROCESSED;
        }
        return summary.skipped().isEmpty() && summary.problems().isEmpty() ? ExitCode.OK : ExitCode.SOME_SKIPPED;
    }

    private IngestListener listener() {
        return new IngestListener() {
            @Override
            public void batchDone(int added, int duplicates, long total) {
                if (!quiet) {
                    terminal.err().println("crosscheck: ingested " + added + " articles (" + duplicates + " duplicates, "
                            + total + " total)");
                }
            }

            @Override
            public void skipped(SkippedInput skipped) {
                terminal.err().println("crosscheck: " + skipped.message());
            }

            @Override
            public void problem(String problem) {
                terminal.err().println("crosscheck: " + problem);
            }
        };
    }
}
