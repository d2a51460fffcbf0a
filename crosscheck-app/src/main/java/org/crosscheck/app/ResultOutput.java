package org.crosscheck.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where results go: standard output, or a file given with {@code -o} that is written to a
 * temporary file beside it and moved into place only when the run succeeds, so a failed run
 * never leaves a half-written result.
 */
final class ResultOutput implements AutoCloseable {

    private final Writer writer;
    private final Path target;
    private final Path temporary;
    private boolean committed;

    private ResultOutput(Writer writer, Path target, Path temporary) {
        this.writer = writer;
        this.target = target;
        this.temporary = temporary;
    }

    static ResultOutput open(Path file, PrintStream stdout) throws IOException {
        if (file == null) {
            return new ResultOutput(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)), null, null);
        }
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        return new ResultOutput(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), absolute, temporary);
    }

    /** Writes text. */
    void write(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one line. */
    void line(String text) {
        write(text);
        write("\n");
    }

    /**
     * Hands what was written so far to standard output, so that a reader of a stream of results
     * (one line a job) gets each as soon as it is ready; a file is still written whole on close.
     */
    void flush() {
        if (target != null) {
            return;
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the result complete: it is moved into place on close. */
    void commit() {
        committed = true;
    }

    @Override
    public void close() throws IOException {
        writer.flush();
        if (target == null) {
            return;
        }
        writer.close();
        if (committed) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(temporary);
        }
    }
}
