package org.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every input named on the command line: files, directories (walked recursively, files in
 * sorted path order, hidden ones left out), or {@code -} for standard input; any of them
 * gzip-compressed (told by the magic bytes, not the name). Tells the kind by content first and by
 * name second ({@link KindSniffer}), and hands each document to the listener as it is found. A
 * bad input, or a bad record inside one, is reported as skipped with a one-sentence reason and
 * never stops the others; nothing is thrown for a bad input.
 *
 * <p>Sources are the path as given, joined with the path inside a walked directory, plus
 * {@code #N} for the N-th record (WARC record, feed item, JSON Lines line; counting from 1). Ids
 * are kept from JSON Lines objects, else derived by {@link ArticleIds}.
 */
public final class InputReader {

    private static final String STDIN = "-";

    private final GzipAwareLoader loader;
    private final KindSniffer sniffer;
    private final WarcInput warc;
    private final Map<InputKind, InputFormat> formats = new EnumMap<>(InputKind.class);
    private final IngestLimits limits;

    /** A reader held to the given limits. */
    public InputReader(IngestLimits limits) {
        this.limits = limits;
        this.loader = new GzipAwareLoader(limits);
        this.sniffer = new KindSniffer(limits);
        this.warc = new WarcInput(limits);
        formats.put(InputKind.HTML, new HtmlInput());
        formats.put(InputKind.TEXT, new TextInput());
        formats.put(InputKind.FEED, new FeedInput());
        formats.put(InputKind.JSON_LINES, new JsonLinesInput(limits));
    }

    /** Reads the inputs in order. {@code stdin} is read when an input is {@code -}. */
    public void read(List<String> inputs, InputStream stdin, DocumentListener listener) {
        for (String input : inputs) {
            try {
                readInput(input, stdin, listener);
            } catch (RuntimeException e) {
                listener.skipped(new SkippedInput(input, "could not be read: " + UnreadableInputException.firstLine(e)));
            }
        }
    }

    /**
     * Reads one input held in memory, such as a request body. {@code name} is only a label: it
     * names the input in sources and skip reasons, and its ending (after the last {@code /})
     * helps tell the kind as a file name's would; it is never opened, resolved or created as a
     * path, so any string will do. A bad input is reported as skipped, as for a file.
     */
    public void read(String name, byte[] bytes, DocumentListener listener) {
        try {
            readContent(name, name.substring(name.lastIndexOf('/') + 1), () -> new ByteArrayInputStream(bytes), listener);
        } catch (RuntimeException e) {
            listener.skipped(new SkippedInput(name, "could not be read: " + UnreadableInputException.firstLine(e)));
        }
    }

    /**
     * Reads one file that another file system opens ({@code content} may be opened more than
     * once), as a file named {@code source} on the command line is read: {@code fileName} (the
     * last part of the name) helps tell the kind. A missing file should throw
     * {@link java.nio.file.NoSuchFileException} when opened. A bad input is reported as skipped.
     */
    public void read(String source, String fileName, ContentSource content, DocumentListener listener) {
        try {
            readContent(source, fileName, content, listener);
        } catch (RuntimeException e) {
            listener.skipped(new SkippedInput(source, "could not be read: " + UnreadableInputException.firstLine(e)));
        }
    }

    /**
     * Whether a directory walk takes a file of this name (the last part of its path): not hidden,
     * and named like an input kind or with no extension. A listing of another file system uses
     * it to take the files a walk of a local directory would.
     */
    public static boolean walkTakes(String fileName) {
        return !fileName.startsWith(".") && DirectoryWalk.mayHoldArticles(fileName);
    }

    /**
     * The inputs with every directory replaced by the files its walk takes, in the order
     * {@link #read} reads them: reading the listed names one by one gives the same documents,
     * sources and ids as reading the inputs. An entry of a walk that cannot be visited goes to
     * {@code skipped} with its reason; any other input (a file, {@code -}, a name that does not
     * exist) is listed as given and told apart when it is read.
     */
    public List<String> files(List<String> inputs, java.util.function.Consumer<SkippedInput> skipped) {
        List<String> files = new java.util.ArrayList<>();
        for (String input : inputs) {
            Path path;
            try {
                path = STDIN.equals(input) ? null : Path.of(input);
            } catch (InvalidPathException e) {
                path = null;
            }
            if (path == null || !Files.isDirectory(path)) {
                files.add(input);
                continue;
            }
            try {
                for (DirectoryWalk.Entry entry : DirectoryWalk.files(input, path)) {
                    if (entry.failure() != null) {
                        skipped.accept(new SkippedInput(entry.source(), entry.failure()));
                    } else {
                        files.add(entry.source());
                    }
                }
            } catch (IOException e) {
                skipped.accept(new SkippedInput(input, reason(e)));
            }
        }
        return files;
    }

    private void readInput(String input, InputStream stdin, DocumentListener listener) {
        if (STDIN.equals(input)) {
            readStdin(stdin, listener);
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            listener.skipped(new SkippedInput(input, "not a valid path"));
            return;
        }
        if (!Files.exists(path)) {
            listener.skipped(new SkippedInput(input, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "broken symbolic link" : "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            readDirectory(input, path, listener);
        } else if (Files.isRegularFile(path)) {
            readContent(input, path.getFileName().toString(), () -> Files.newInputStream(path), listener);
        } else {
            listener.skipped(new SkippedInput(input, "not a regular file or directory"));
        }
    }

    private void readDirectory(String input, Path root, DocumentListener listener) {
        List<DirectoryWalk.Entry> entries;
        try {
            entries = DirectoryWalk.files(input, root);
        } catch (IOException e) {
            listener.skipped(new SkippedInput(input, reason(e)));
            return;
        }
        for (DirectoryWalk.Entry entry : entries) {
            if (entry.failure() != null) {
                listener.skipped(new SkippedInput(entry.source(), entry.failure()));
                continue;
            }
            try {
                readContent(entry.source(), entry.path().getFileName().toString(),
                        () -> Files.newInputStream(entry.path()), listener);
            } catch (RuntimeException e) {
                listener.skipped(new SkippedInput(entry.source(), "could not be read: " + UnreadableInputException.firstLine(e)));
            }
        }
    }

    private void readStdin(InputStream stdin, DocumentListener listener) {
        if (stdin == null) {
            listener.skipped(new SkippedInput(STDIN, "no standard input"));
            return;
        }
        byte[] bytes;
        try {
            bytes = stdin.readNBytes(limits.maxBytes() + 1);
        } catch (IOException e) {
            listener.skipped(new SkippedInput(STDIN, reason(e)));
            return;
        }
        if (bytes.length > limits.maxBytes()) {
            listener.skipped(new SkippedInput(STDIN, "larger than " + limits.maxSize() + ", too big to read"));
            return;
        }
        readContent(STDIN, STDIN, () -> new ByteArrayInputStream(bytes), listener);
    }

    private void readContent(String source, String rawName, ContentSource content, DocumentListener listener) {
        String name = rawName.regionMatches(true, Math.max(0, rawName.length() - 3), ".gz", 0, 3) && rawName.length() > 3
                ? rawName.substring(0, rawName.length() - 3) : rawName;
        try {
            if (startsWithWarc(loader.head(content))) {
                try (InputStream in = loader.openDecompressed(content)) {
                    warc.read(source, name, in, listener);
                }
                return;
            }
            byte[] bytes = loader.readAll(content);
            InputKind kind = sniffer.sniff(name, bytes);
            formats.get(kind).read(new LoadedInput(source, name, bytes), listener);
        } catch (UnreadableInputException e) {
            listener.skipped(new SkippedInput(source, e.reason()));
        } catch (IOException e) {
            listener.skipped(new SkippedInput(source, reason(e)));
        }
    }

    private static boolean startsWithWarc(byte[] head) {
        return head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/");
    }

    /** A one-sentence reason for an I/O failure. */
    static String reason(IOException error) {
        if (error instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + UnreadableInputException.firstLine(error);
    }
}
