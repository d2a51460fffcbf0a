package org.crosscheck.spark.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.crosscheck.ingest.InputReader;
import org.crosscheck.ingest.SkippedInput;

/**
 * The inputs listed on the driver through Hadoop's file systems, one entry per file to read, in
 * the order a single-machine run reads them: a directory becomes the files under it (recursively,
 * sorted by their path inside it, hidden files and folders left out, only names a walk takes,
 * {@link InputReader#walkTakes}); a file, or a name that does not exist, is listed as given and
 * told apart when it is read. A directory that cannot be listed is skipped with its reason.
 */
public final class InputListing {

    private InputListing() {
    }

    /**
     * @throws UnknownFileSystemException when an input's scheme has no file system, before any file is read
     */
    public static List<InputFile> list(HadoopFiles files, List<String> inputs, Consumer<SkippedInput> skipped) {
        List<InputFile> listed = new ArrayList<>();
        for (String input : inputs) {
            Path path;
            try {
                path = new Path(input);
            } catch (IllegalArgumentException e) {
                skipped.accept(new SkippedInput(input, "not a valid path"));
                continue;
            }
            FileStatus status;
            FileSystem fs;
            try {
                fs = files.fileSystem(path);
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                listed.add(new InputFile(input, path.toUri().toString(), path.getName()));
                continue;
            } catch (IOException e) {
                skipped.accept(new SkippedInput(input, "cannot read: " + firstLine(e)));
                continue;
            }
            if (!status.isDirectory()) {
                listed.add(new InputFile(input, status.getPath().toUri().toString(), path.getName()));
                continue;
            }
            try {
                listed.addAll(directory(fs, input, status.getPath()));
            } catch (IOException e) {
                skipped.accept(new SkippedInput(input, "cannot read: " + firstLine(e)));
            }
        }
        return listed;
    }

    private static List<InputFile> directory(FileSystem fs, String input, Path root) throws IOException {
        String prefix = input.endsWith("/") ? input : input + "/";
        String rootPath = root.toUri().getPath();
        String rootPrefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
        List<InputFile> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(root, true);
        while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            String path = file.getPath().toUri().getPath();
            if (!file.isFile() || !path.startsWith(rootPrefix)) {
                continue;
            }
            String relative = path.substring(rootPrefix.length());
            if (hidden(relative) || !InputReader.walkTakes(file.getPath().getName())) {
                continue;
            }
            files.add(new InputFile(prefix + relative, file.getPath().toUri().toString(), file.getPath().getName()));
        }
        files.sort(Comparator.comparing(InputFile::source));
        return files;
    }

    /** Whether a part of the relative path names a hidden file or folder. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
