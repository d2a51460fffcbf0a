package org.crosscheck.spark.output;

/** How the job writes {@code articles}, {@code stories} and {@code links}. */
public enum OutputFormat {
    /** One JSON object a line: {@code articles.jsonl}, {@code stories.jsonl}, {@code links.jsonl}. */
    JSONL,
    /** Parquet folders: {@code articles.parquet/}, {@code stories.parquet/}, {@code links.parquet/}. */
    PARQUET
}
