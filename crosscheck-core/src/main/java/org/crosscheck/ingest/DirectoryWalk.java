package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files under a directory, recursively, in sorted order of their path relative to it
 * (so the order is the same on every machine). Hidden files and directories (names starting with
 * a dot) are left out; symbolic links to files are followed, links to directories are not. An
 * entry that cannot be visited is listed with the reason, in its place in the order.
 *
 * <p>A walk takes the files that can hold articles: those named like an input kind
 * ({@code .html}, {@code .txt}, {@code .warc}, {@code .xml}, {@code .jsonl}, ..., any of them
 * {@code .gz}) and those with no extension, whose kind is sniffed. Other files found beside
 * articles (a {@code README.md}, images, style sheets) are not inputs and are passed over
 * silently. A file named on the command line is always read, whatever its name.
 */
final class DirectoryWalk {

    /** Extensions (lower case, without {@code .gz}) of the files a walk takes. */
    private static final java.util.Set<String> ARTICLE_EXTENSIONS = java.util.Set.of(
            "html", "htm", "xhtml", "shtml", "txt", "text", "warc", "xml", "rss", "atom", "jsonl", "ndjson", "json");

    /**
     * One entry found.
     *
     * @param source  the input as given joined with the relative path, e.g. {@code examples/story/a.txt}
     * @param path    the file to read
     * @param failure why the entry cannot be read, or null when it can
     */
    record Entry(String source, Path path, String failure) {
    }

    private DirectoryWalk() {
    }

    static List<Entry> files(String input, Path root) throws IOException {
        String prefix = input.endsWith("/") || input.endsWith(root.getFileSystem().getSeparator()) ? input : input + "/";
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!isHidden(file) && mayHoldArticles(file) && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                    entries.add(new Entry(prefix + relative(root, file), file, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException error) {
                if (!isHidden(file)) {
                    entries.add(new Entry(prefix + relative(root, file), file, InputReader.reason(error)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(Comparator.comparing(Entry::source));
        return entries;
    }

    static boolean mayHoldArticles(Path file) {
        return mayHoldArticles(file.getFileName().toString());
    }

    static boolean mayHoldArticles(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || ARTICLE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        StringBuilder joined = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (joined.length() > 0) {
                joined.append('/');
            }
            joined.append(part);
        }
        return joined.toString();
    }
}
