/**
 * The persistent store behind {@code ingest} and {@code serve}: articles, stories (as the story
 * objects of the report), claims, provenance links and runs in SQLite, and a Lucene index for
 * search. {@link org.crosscheck.store.Store} is the read side the server and the web UI see;
 * the records here are its questions and answers, in the fields of the public interface.
 * {@link org.crosscheck.store.SqliteStore} is the store of one directory;
 * {@link org.crosscheck.store.StoreWriter} (one writer at a time) writes it a batch at a time,
 * given typed records: {@link org.crosscheck.store.AddedArticle} and
 * {@link org.crosscheck.store.AnalysedStory}, whose fields fill the rows; it gives back
 * {@link org.crosscheck.store.StoredArticle}s to replay. The ingest run that places and analyses
 * articles is a stage run and lives in {@code pipeline} ({@code StoreIngest}). The store runs no
 * stage: of the stage packages it knows only the records passed between stages; it gives back a
 * story as a {@link org.crosscheck.store.StoredStory} (its {@code StoryReport} and articles) and an
 * article as an {@link org.crosscheck.store.ArticleInStory}, and the server writes the JSON of
 * the public interface from them (the story's report is kept in the store's own JSON form,
 * {@link org.crosscheck.store.ReportCodec}; an article as its article object, read back into the
 * {@code Article}).
 * SQLite is the source of truth: the index is derived from it and must never hold what the
 * database does not; nothing here reaches into the composition root or the language models.
 */
package org.crosscheck.store;
