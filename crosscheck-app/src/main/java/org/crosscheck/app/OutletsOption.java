package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.extract.OutletDirectory;
import org.crosscheck.pipeline.PipelineSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --outlets FILE}: the user's outlet names, for the verbs that extract articles. */
final class OutletsOption {

    @Option(names = "--outlets", paramLabel = "FILE",
            description = "CSV of pattern,outlet[,kind,country,owner]: a domain or file-name glob and the outlet it names"
                    + " (kind: wire, newspaper, broadcaster, digital or aggregator)")
    Path file;

    /** The default settings with the file's outlets; a file that cannot be read is a usage error. */
    PipelineSettings settings(CommandLine commandLine) {
        PipelineSettings defaults = PipelineSettings.defaults();
        if (file == null) {
            return defaults;
        }
        try {
            return defaults.withOutlets(OutletDirectory.read(file));
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(commandLine, "--outlets " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }
}
