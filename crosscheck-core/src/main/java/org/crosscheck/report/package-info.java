/**
 * The last stage: takes a story's articles, provenance links, claims and alignment and gives a
 * {@link org.crosscheck.report.StoryReport} (headline, summary, timeline), and writes the
 * report in the formats of the public interface (JSON, Markdown). It must never state a fact
 * that no claim backs: every summary sentence and timeline entry points to its claim group.
 */
package org.crosscheck.report;
