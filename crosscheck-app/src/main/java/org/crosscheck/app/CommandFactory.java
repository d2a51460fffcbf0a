package org.crosscheck.app;

import picocli.CommandLine;

/** Creates commands with the terminal they write to, so that tests can run them in-process. */
final class CommandFactory implements CommandLine.IFactory {

    private final Terminal terminal;

    CommandFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (VerbCommand.class.isAssignableFrom(type) || type == ServeCommand.class || type == IngestCommand.class) {
            return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
