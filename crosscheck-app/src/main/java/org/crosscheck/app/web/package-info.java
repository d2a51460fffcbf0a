/**
 * The REST API, the web UI and the self-contained HTML report. Takes a
 * {@link org.crosscheck.store.Store} to read and a {@link org.crosscheck.pipeline.BodyIngest} to
 * write; gives JSON answers in the objects of the public interface and the UI files of
 * {@code resources/web}. It must never put article content into a page as markup, never let a
 * stack trace reach a client, and never accept a write without the bearer token.
 */
package org.crosscheck.app.web;
