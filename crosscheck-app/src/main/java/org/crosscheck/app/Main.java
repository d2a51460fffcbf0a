package org.crosscheck.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.crosscheck.scratch.ScratchSpace;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command line: one subcommand per verb of the public interface. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Turns news articles into stories a reader can trust: who reports what, "
                + "how many independent outlets confirm it, and where they disagree.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, ClusterCommand.class, VerifyCommand.class,
            IngestCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        ScratchSpace.removeStale(); // what runs that were killed left in the temporary directory
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs one command line with the given streams; returns the exit code of the interface. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Terminal terminal = new Terminal(stdin, out, err);
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(terminal));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            err.println("crosscheck: " + e.getMessage());
            return ExitCode.NOTHING_PROCESSED;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("crosscheck: " + e.getMessage());
            err.println("Try 'crosscheck " + (e.getCommandLine().getCommandName().equals("crosscheck") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a verb is needed: analyze, extract, cluster, verify, ingest or serve");
    }
}
