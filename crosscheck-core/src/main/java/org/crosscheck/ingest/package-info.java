/**
 * Ingest: takes the inputs a user names (files, directories walked in sorted order, {@code -} for
 * standard input; HTML, plain text, WARC, RSS/Atom feeds and JSON Lines, any of them gzipped) and
 * gives {@link org.crosscheck.ingest.RawDocument}s (a stable id, the source, the decoded body as
 * HTML or text, and the metadata the container supplied) plus one
 * {@link org.crosscheck.ingest.SkippedInput} with a one-sentence reason for every input or record
 * it cannot read. It tells kinds by content first and by name second, decodes bytes honestly
 * (declared charsets, strict UTF-8 for text) and reads each document whole or not at all. It must
 * never throw for a bad input, never hand on half-read or binary content, never resolve XML
 * external entities, and never extract article text: that is the next stage's job.
 */
package org.crosscheck.ingest;
