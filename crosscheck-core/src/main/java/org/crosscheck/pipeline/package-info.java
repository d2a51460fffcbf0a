/**
 * The composition root. {@link org.crosscheck.pipeline.Pipeline} takes input names and gives
 * articles, stories and the report, wiring every stage once from
 * {@link org.crosscheck.pipeline.PipelineSettings}. Two runs: the batch run
 * ({@code Pipeline.analyze}) and the incremental run into a store
 * ({@link org.crosscheck.pipeline.StoreIngest}: articles placed into the store's warm stories,
 * {@link org.crosscheck.pipeline.WarmStories}, and only the stories they touch analysed again,
 * by a {@link org.crosscheck.pipeline.StoryAnalyst}); the server's uploads come in through
 * {@link org.crosscheck.pipeline.BodyIngest}. The CLI, the server and the Spark job call only
 * this package; it must never hold logic of its own beyond the order of the stages.
 */
package org.crosscheck.pipeline;
