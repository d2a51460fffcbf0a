package org.crosscheck.app;

import java.util.List;
import org.crosscheck.pipeline.PipelineSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A verb whose positional parameters are its inputs ({@code analyze}, {@code extract}, {@code cluster}). */
abstract class InputVerbCommand extends VerbCommand {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "files, directories (walked recursively) or - for standard input; any may be gzip-compressed")
    List<String> inputs;

    @Mixin
    OutletsOption outlets;

    @Mixin
    SettingsOption settingsFile;

    protected InputVerbCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected PipelineSettings pipelineSettings() {
        return settingsFile.apply(outlets.settings(spec.commandLine()), spec.commandLine());
    }

    @Override
    protected List<String> inputs() {
        return inputs;
    }
}
