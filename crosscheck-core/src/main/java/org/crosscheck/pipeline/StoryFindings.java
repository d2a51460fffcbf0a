package org.crosscheck.pipeline;

import org.crosscheck.align.StoryClaims;
import org.crosscheck.report.StoryReport;

/**
 * One story analysed as the batch run analyses it ({@link Pipeline#findings}), with what its
 * same-event pass reads of it, for a run that analyses its stories apart (the Spark job).
 *
 * @param report  the story's report (without findings when it could not be analysed)
 * @param claims  its claims and dated span, as the same-event pass reads them (no claims when it could not be analysed)
 * @param problem why the story could not be analysed, or null
 */
public record StoryFindings(StoryReport report, StoryClaims claims, String problem) {
}
