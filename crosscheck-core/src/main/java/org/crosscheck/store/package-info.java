/**
 * The persistent store behind {@code ingest} and {@code serve}: articles, stories (as the story
 * objects of the report), claims, provenance links and runs in SQLite, and a Lucene index for
 * search. {@link org.crosscheck.store.Store} is the read side the server and the web UI see;
 * the records here are its questions and answers, in the fields of the public interface.
 * {@link org.crosscheck.store.SqliteStore} is the store of one directory;
 * {@link org.crosscheck.store.StoreIngest} adds articles to it in batches (one writer at a
 * time, held by {@link org.crosscheck.store.StoreWriter}); the analysis of the stories it
 * touches comes in as a {@link org.crosscheck.store.StoryAnalyst}, wired by {@code Pipeline}.
 * SQLite is the source of truth: the index is derived from it and must never hold what the
 * database does not; nothing here reaches into the composition root or the language models.
 */
package org.crosscheck.store;
