package org.crosscheck.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes temporary folders named {@code crosscheck-PURPOSE-PID-RANDOM} and files named
 * {@code .NAME.PID.RANDOM.part}, deletes them at exit (normal or SIGTERM) when their owner has
 * not, and removes those of processes that no longer run.
 */
public final class ScratchSpace {

    /** Folders made here: {@code crosscheck-}, a purpose of letters, the pid, and a random part. */
    private static final Pattern FOLDER = Pattern.compile("crosscheck-[a-z]+-(\\d+)-[^/]*");
    private static final Pattern NATIVE_FOLDER = Pattern.compile("onnxruntime-java\\d+");
    private static final Set<Path> AT_EXIT = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ScratchSpace::deleteAll, "crosscheck-scratch-cleanup"));
        } catch (IllegalStateException exiting) {
            // first used while the JVM exits: the next run removes what is left
        }
    }

    private ScratchSpace() {
    }

    /** A new empty folder in the system's temporary directory, deleted at exit unless {@link #delete}d before. */
    public static Path folder(String purpose) throws IOException {
        if (!purpose.matches("[a-z]+")) {
            throw new IllegalArgumentException("a purpose is lower-case letters: " + purpose);
        }
        Path folder = Files.createTempDirectory("crosscheck-" + purpose + "-" + PID + "-");
        AT_EXIT.add(folder);
        return folder;
    }

    /**
     * The name of a new {@code .part} file beside {@code target} for this process
     * ({@code .NAME.PID.RANDOM.part}); the caller creates it and calls {@link #deleteAtExit}.
     */
    public static String partName(Path target, long random) {
        return "." + target.getFileName() + "." + PID + "." + Long.toUnsignedString(random, 36) + ".part";
    }

    /** Deletes the file or folder at exit, unless it is {@link #delete}d or {@link #keep}t before. */
    public static void deleteAtExit(Path path) {
        AT_EXIT.add(path);
    }

    /** No longer deletes the path at exit: it became a result. */
    public static void keep(Path path) {
        AT_EXIT.remove(path);
    }

    /** Deletes a folder made here (with everything in it) or a file, now. */
    public static void delete(Path path) throws IOException {
        try {
            deleteTree(path);
        } finally {
            AT_EXIT.remove(path);
        }
    }

    /**
     * Removes from {@code temporaryDirectory} the folders made here by processes that no longer
     * run; those of a live process, and anything named otherwise, are left alone. Returns how
     * many were removed.
     */
    public static int removeStale(Path temporaryDirectory) {
        return removeStale(temporaryDirectory, FOLDER) + removeEmptyNativeFolders(temporaryDirectory);
    }

    /**
     * Removes the empty {@code onnxruntime-javaNNN} folders ONNX Runtime (under the MiniLM
     * embeddings) leaves in the temporary directory: it extracts its native libraries there and
     * deletes them once loaded, but not the folder, whichever way the JVM ends. An empty folder
     * older than a minute holds nothing a loading process still needs.
     */
    private static int removeEmptyNativeFolders(Path dir) {
        int removed = 0;
        Instant before = Instant.now().minus(Duration.ofMinutes(1));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "onnxruntime-java*")) {
            for (Path p : entries) {
                try {
                    if (NATIVE_FOLDER.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                        Files.delete(p); // fails, and is left alone, when it is not empty
                        removed++;
                    }
                } catch (IOException e) {
                    // not empty, not ours to remove, or removed meanwhile
                }
            }
        } catch (IOException e) {
            // no such directory, or not readable: nothing to remove
        }
        return removed;
    }

    /** {@link #removeStale(Path)} over the system's temporary directory. */
    public static int removeStale() {
        return removeStale(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Removes the {@code .part} files beside {@code target} of processes that no longer run; returns how many. */
    public static int removeStaleParts(Path target) {
        Path t = target.toAbsolutePath();
        if (t.getParent() == null) {
            return 0;
        }
        return removeStale(t.getParent(), Pattern.compile(Pattern.quote("." + t.getFileName() + ".") + "(\\d+)\\.[0-9a-z]+\\.part"));
    }

    private static int removeStale(Path dir, Pattern names) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                Matcher m = names.matcher(p.getFileName().toString());
                if (m.matches() && !running(m.group(1))) {
                    try {
                        deleteTree(p);
                        removed++;
                    } catch (IOException | UncheckedIOException e) {
                        // another user's, or being removed by another run: not ours to insist on
                    }
                }
            }
        } catch (IOException e) {
            // no such directory, or not readable: nothing to remove
        }
        return removed;
    }

    private static boolean running(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == PID || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid this class wrote: leave it
        }
    }

    /** How long the exit waits for folders that the run's other threads still write into. */
    private static final Duration EXIT_PATIENCE = Duration.ofSeconds(3);

    /** How long the paths must stay gone before the exit trusts that no thread makes them again. */
    private static final Duration EXIT_QUIET = Duration.ofMillis(150);

    /**
     * Deletes every path registered for exit. The run's other threads keep running while the JVM
     * exits (an index writer may add a file to a folder being deleted, or make the folder again
     * after it was deleted), so the paths are deleted again until none has come back for
     * {@link #EXIT_QUIET}, or {@link #EXIT_PATIENCE} has passed.
     */
    private static void deleteAll() {
        if (AT_EXIT.isEmpty()) {
            return;
        }
        Instant until = Instant.now().plus(EXIT_PATIENCE);
        Instant quietSince = null;
        while (Instant.now().isBefore(until)) {
            boolean left = false;
            for (Path p : AT_EXIT) {
                try {
                    if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        deleteTree(p);
                        quietSince = null;
                    }
                } catch (IOException | RuntimeException e) {
                    left = true; // written into meanwhile: tried again
                    quietSince = null;
                }
            }
            if (!left) {
                if (quietSince == null) {
                    quietSince = Instant.now();
                } else if (Instant.now().isAfter(quietSince.plus(EXIT_QUIET))) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException gone) {
            // already removed
        }
    }
}
