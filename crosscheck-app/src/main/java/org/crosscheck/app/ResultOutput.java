package org.crosscheck.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import org.crosscheck.scratch.ScratchSpace;

/**
 * Where results go: standard output, or a file given with {@code -o} that is written to a
 * temporary file beside it and moved into place only when the run succeeds, so a failed run
 * never leaves a half-written result. The file gets the permissions any tool's output gets (the
 * umask's, or those of the file it replaces); its directory must exist. A temporary file left
 * by a run that was stopped is deleted at exit, or by the next run to the same file.
 */
final class ResultOutput implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (missingDirectory(file) != null) {
            throw new NoSuchFileException(absolute.getParent().toString(), null, "no such directory");
        }
        ScratchSpace.removeStaleParts(absolute);
        Path temporary = absolute.resolveSibling(ScratchSpace.partName(absolute, RANDOM.nextLong()));
        ScratchSpace.deleteAtExit(temporary);
        // CREATE_NEW, not createTempFile: the file gets the umask's permissions rather than 0600
        Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ResultOutput(writer, absolute, temporary);
    }

    /** The directory {@code -o FILE} would be written into when it does not exist (a usage error), else null. */
    static Path missingDirectory(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null || Files.isDirectory(dir) ? null : dir;
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
        try {
            if (committed) {
                keepPermissionsOfReplaced();
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(temporary);
            }
        } finally {
            ScratchSpace.keep(temporary);
        }
    }

    /** As a shell's {@code >} does: a file that is replaced keeps its permissions. */
    private void keepPermissionsOfReplaced() throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> old = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temporary, old);
        }
    }
}
