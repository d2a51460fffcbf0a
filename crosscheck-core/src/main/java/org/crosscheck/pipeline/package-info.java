/**
 * The composition root. {@link org.crosscheck.pipeline.Pipeline} takes input names and gives
 * articles, stories and the report, wiring every stage once from
 * {@link org.crosscheck.pipeline.PipelineSettings}. The CLI, the server and the Spark job call
 * only this package; it must never hold logic of its own beyond the order of the stages.
 */
package org.crosscheck.pipeline;
