package org.crosscheck.spark.extract;

import java.io.Serializable;
import java.util.List;

/**
 * All that one extraction task found, in reading order, held as one block: Spark's memory store
 * estimates the size of what it holds by walking it, and walks a list of thousands of findings by
 * a sample of them, where a finding at a time would be walked whole, article by article.
 *
 * @param findings the task's findings in reading order
 */
public record TaskFindings(List<Extracted> findings) implements Serializable {

    public TaskFindings {
        findings = List.copyOf(findings);
    }
}
