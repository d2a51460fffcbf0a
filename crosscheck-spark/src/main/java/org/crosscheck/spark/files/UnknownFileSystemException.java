package org.crosscheck.spark.files;

/** A path whose scheme no Hadoop file system on the class path serves (one line, naming the path and the scheme). */
public final class UnknownFileSystemException extends IllegalArgumentException {

    public UnknownFileSystemException(String path, String scheme) {
        super(path + ": no file system for scheme \"" + scheme + "\" (add its Hadoop connector to the class path, or use file:, hdfs:)");
    }
}
