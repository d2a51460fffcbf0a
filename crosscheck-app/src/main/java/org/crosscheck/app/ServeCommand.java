package org.crosscheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.app.web.ApiServer;
import org.crosscheck.app.web.ServerSettings;
import org.crosscheck.pipeline.PipelineSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the REST API and the web UI over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "REST API and web UI over a store made by ingest. Binds 127.0.0.1 unless --host says otherwise; "
                + "writes (POST /api/articles) need the bearer token of --token or CROSSCHECK_TOKEN and are refused without one, "
                + "and on a store served read-only.")
final class ServeCommand implements Callable<Integer> {

    /** The environment variable that holds the bearer token when {@code --token} is not given. */
    static final String TOKEN_VARIABLE = "CROSSCHECK_TOKEN";

    private final Terminal terminal;
    /** The opener tests give; null for the store of this build with the settings of {@code --settings}. */
    private final StoreOpener opener;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the store directory")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT, description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerSettings.DEFAULT_HOST, description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "bearer token for writes (default: $" + TOKEN_VARIABLE + "; none: writes refused)")
    String token;

    @Option(names = "--max-body-mb", paramLabel = "N", defaultValue = "32", description = "largest request body in MiB (default: ${DEFAULT-VALUE})")
    int maxBodyMb;

    @Option(names = "--read-only", description = "serve the store without writing it: POST /api/articles is refused "
            + "(chosen by itself when the store cannot be written)")
    boolean readOnly;

    @Option(names = "--no-warm-up", description = "load the verifier's models on the first POST /api/verify rather than at start")
    boolean noWarmUp;

    @CommandLine.Mixin
    SettingsOption settingsFile;

    /** Serves with the store of this build, opened with the pipeline settings of {@code --settings}. */
    ServeCommand(Terminal terminal) {
        this(terminal, null);
    }

    ServeCommand(Terminal terminal, StoreOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (maxBodyMb < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-body-mb must be at least 1");
        }
        if (!Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store + " (make one with: crosscheck ingest INPUT... --store " + store + ")");
        }
        String chosenToken = token != null ? token : System.getenv(TOKEN_VARIABLE);
        ServerSettings settings = new ServerSettings(host, port, chosenToken, maxBodyMb * 1024L * 1024L);
        StoreOpener chosen = opener != null ? opener
                : StoreOpener.standard(settingsFile.apply(PipelineSettings.defaults(), spec.commandLine()));
        StoreOpener.OpenStore open = chosen.open(store, readOnly);
        if (open.readOnly() && !readOnly) {
            terminal.err().println("crosscheck: store " + store + " cannot be written by this process: serving it read-only");
        }
        ApiServer server;
        try {
            server = ApiServer.start(open.store(), open.ingest(), open.judge(), settings, terminal.err());
        } catch (RuntimeException e) {
            open.store().close();
            throw e;
        }
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    server.close();
                } finally {
                    open.store().close();
                }
            }
        };
        Thread hook = new Thread(stop, "crosscheck-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        terminal.err().println("crosscheck: serving " + store + " on http://" + host + ":" + server.port() + "/"
                + (open.readOnly() ? " (read-only: writes refused)" : settings.token() == null ? " (no token: writes refused)" : ""));
        if (!noWarmUp) {
            server.warmUpVerifier();
        }
        boolean interrupted = false;
        try {
            server.join();
        } catch (InterruptedException e) {
            interrupted = true; // asked to stop: stop cleanly, then keep the interrupt
        } finally {
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
