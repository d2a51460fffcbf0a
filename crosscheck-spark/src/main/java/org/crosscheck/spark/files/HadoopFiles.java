package org.crosscheck.spark.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.crosscheck.ingest.ContentSource;

/**
 * Hadoop's file systems as the job reaches them: any path Hadoop understands ({@code file:},
 * {@code hdfs:}, {@code s3a:} with its connector, or a plain path of the default file system).
 * Serializable, so that tasks open files with the driver's Hadoop configuration.
 */
public final class HadoopFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> conf;
    private transient Configuration configuration;

    public HadoopFiles(Configuration configuration) {
        Map<String, String> entries = new HashMap<>();
        configuration.forEach(e -> entries.put(e.getKey(), e.getValue()));
        this.conf = entries;
        this.configuration = configuration;
    }

    /** The Hadoop configuration (rebuilt from its entries in a task). */
    public Configuration configuration() {
        if (configuration == null) {
            Configuration c = new Configuration(false);
            conf.forEach(c::set);
            configuration = c;
        }
        return configuration;
    }

    /**
     * The file system of a path.
     *
     * @throws UnknownFileSystemException when no file system serves the path's scheme
     */
    public FileSystem fileSystem(Path path) throws IOException {
        try {
            return path.getFileSystem(configuration());
        } catch (UnsupportedFileSystemException e) {
            throw new UnknownFileSystemException(path.toString(), path.toUri().getScheme());
        }
    }

    /** The content of a file, opened anew on each call; a missing file throws {@link NoSuchFileException}. */
    public ContentSource content(String uri) {
        Path path = new Path(URI.create(uri));
        return () -> {
            try {
                return fileSystem(path).open(path);
            } catch (FileNotFoundException e) {
                throw new NoSuchFileException(uri);
            }
        };
    }
}
