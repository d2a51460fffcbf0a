/**
 * The persistent store behind {@code ingest} and {@code serve}: articles, stories (as the story
 * objects of the report), claims, provenance links and runs in SQLite, and a Lucene index for
 * search. {@link org.crosscheck.store.Store} is the read side the server and the web UI see;
 * the records here are its questions and answers, in the fields of the public interface.
 */
package org.crosscheck.store;
