package org.crosscheck.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.BoundedLines;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.JsonReport;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyJobs;
import org.crosscheck.verify.VerifyJson;
import org.crosscheck.verify.VerifyResult;
import org.crosscheck.pipeline.PipelineSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify}: one statement against the articles of {@code --against}, or a batch of jobs
 * (JSON Lines) each with its statement and sources; every sentence judged supported,
 * conflicting or unsupported, with its evidence sentences.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Is a statement supported by, in conflict with, or absent from the given sources? "
                + "verify --against INPUT... \"STATEMENT\", or verify --batch FILE (JSON Lines, - for standard input).")
final class VerifyCommand extends VerbCommand {

    @Option(names = "--against", arity = "1..*", paramLabel = "INPUT",
            description = "the sources: files, directories or - for standard input, as for analyze")
    List<String> against;

    @Option(names = "--batch", paramLabel = "FILE",
            description = "jobs, one JSON object a line: {\"id\", \"claim\", \"sources\": [{\"id\", \"text\" or \"html\", \"title\", \"published\"}]}")
    String batch;

    @Parameters(arity = "0..1", paramLabel = "STATEMENT", description = "the statement to verify (with --against)")
    String statement;

    @CommandLine.Mixin
    SettingsOption settingsFile;

    VerifyCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected PipelineSettings pipelineSettings() {
        return settingsFile.apply(super.pipelineSettings(), spec.commandLine());
    }

    @Override
    protected List<String> inputs() {
        return against == null ? List.of() : against;
    }

    @Override
    protected List<String> formats() {
        return batch != null ? List.of("jsonl", "json") : List.of("json", "jsonl", "markdown");
    }

    @Override
    protected boolean execute(Pipeline pipeline, String format, ResultOutput out, Progress progress) throws IOException {
        if (batch != null && (against != null || statement != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch takes its statements and sources from FILE: "
                    + "give either --batch FILE or --against INPUT... \"STATEMENT\"");
        }
        if (batch == null && (against == null || statement == null || statement.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "a statement and its sources are needed: verify --against INPUT... \"STATEMENT\", or verify --batch FILE");
        }
        if (batch == null && VerifyJob.tooLong(statement) != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), VerifyJob.tooLong(statement));
        }
        return batch != null ? verifyBatch(pipeline, format, out, progress) : verifyOne(pipeline, format, out, progress);
    }

    private boolean verifyOne(Pipeline pipeline, String format, ResultOutput out, Progress progress) {
        List<Article> sources = readAllArticles(pipeline, progress);
        if (sources.isEmpty()) {
            return false;
        }
        progress.update("verify", 0, 1);
        VerifyResult result = pipeline.verify(new VerifyJob(null, statement, sources));
        progress.update("verify", 1, 1);
        switch (format) {
            case "jsonl" -> out.line(JsonReport.line(VerifyJson.of(result)));
            case "markdown" -> out.write(VerifyMarkdown.render(statement, result));
            default -> out.line(VerifyJson.of(result).toPrettyString());
        }
        return true;
    }

    private boolean verifyBatch(Pipeline pipeline, String format, ResultOutput out, Progress progress) {
        VerifyJobs jobs = pipeline.verifyJobs();
        String name = batch.equals("-") ? "<stdin>" : batch;
        int done = 0;
        com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        BoundedLines lines;
        try {
            lines = open();
        } catch (NoSuchFileException e) {
            terminal.err().println("crosscheck: " + name + ": no such file");
            return false;
        } catch (IOException e) {
            terminal.err().println("crosscheck: " + name + ": cannot read: " + firstLine(e));
            return false;
        }
        try (lines) {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                String where = name + "#" + line.number();
                String text = line.utf8();
                if (line.tooLong()) {
                    reportIncomplete(where + ": line longer than " + VerifyJobs.MAX_LINE_BYTES / (1024 * 1024)
                            + " MB (" + line.length() + " bytes), not read");
                    continue;
                }
                if (text == null) {
                    reportIncomplete(where + ": line is not valid UTF-8 text");
                    continue;
                }
                VerifyJob job;
                try {
                    job = jobs.read(text, where);
                } catch (VerifyJobs.BadJobException e) {
                    reportIncomplete(where + ": " + e.getMessage());
                    continue;
                }
                VerifyResult result = pipeline.verify(job);
                if (format.equals("json")) {
                    all.add(VerifyJson.of(result));
                } else {
                    out.line(JsonReport.line(VerifyJson.of(result)));
                    out.flush();
                }
                done++;
                progress.update("verify", done, -1);
            }
        } catch (BoundedLines.TooLargeException e) {
            reportIncomplete(name + ": larger than " + VerifyJobs.MAX_BATCH_BYTES / (1024 * 1024)
                    + " MB after decompression; read stopped after line " + lines.lineCount() + ", " + kept(done));
        } catch (IOException e) {
            // a truncated or corrupt file (or gzip stream): the results before the damage stand
            reportIncomplete(name + ": damaged after line " + lines.lineCount() + " (" + firstLine(e) + "), " + kept(done));
        }
        if (format.equals("json") && done > 0) {
            out.line(all.toPrettyString());
        }
        progress.update("verify", done, done);
        return done > 0;
    }

    private static String kept(int done) {
        if (done == 0) {
            return "no result had been reached";
        }
        return done == 1 ? "the 1 result before it is kept" : "the " + done + " results before it are kept";
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The batch file (or standard input), gunzipped when it is gzip-compressed, a bounded line at a time. */
    private BoundedLines open() throws IOException {
        InputStream raw = batch.equals("-") ? terminal.in() : Files.newInputStream(Path.of(batch));
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream body;
        try {
            body = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in) : in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BoundedLines(body, VerifyJobs.MAX_LINE_BYTES, VerifyJobs.MAX_BATCH_BYTES);
    }
}
