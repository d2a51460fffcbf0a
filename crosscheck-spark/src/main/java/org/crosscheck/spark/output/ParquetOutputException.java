package org.crosscheck.spark.output;

/** A Parquet output that cannot be read back, with a one-line message naming the folder or file. */
public final class ParquetOutputException extends RuntimeException {

    ParquetOutputException(String message) {
        super(message);
    }

    ParquetOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
