package org.crosscheck.spark.files;

import java.io.Serializable;

/**
 * One file to read in a task.
 *
 * @param source   the name it has in sources and skip reasons: the input as given, joined with the
 *                 path inside a listed directory (as a local walk names it)
 * @param uri      where Hadoop opens it
 * @param fileName the last part of its name, which helps tell its kind
 */
public record InputFile(String source, String uri, String fileName) implements Serializable {
}
