package org.crosscheck.app;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.SettingsFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --settings FILE}: the user's values for the stages' settings (docs/settings.md lists the keys). */
final class SettingsOption {

    @Option(names = "--settings", paramLabel = "FILE",
            description = "properties file of stage.key=value lines replacing shipped settings, e.g. "
                    + "dedup.near.duplicate.jaccard=0.9 (docs/settings.md lists every key)")
    Path file;

    /** {@code base} with the file's values; an unreadable file, an unknown key or a refused value is a usage error. */
    PipelineSettings apply(PipelineSettings base, CommandLine commandLine) {
        if (file == null) {
            return base;
        }
        try {
            return SettingsFile.read(file, base);
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(commandLine, "--settings " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }
}
