/**
 * Extraction: takes a {@link org.crosscheck.ingest.RawDocument} (HTML markup or plain text plus the
 * hints its container supplied) and gives an {@link org.crosscheck.extract.Article}: the main text,
 * paragraphs separated by one blank line, with title, byline, publication date, site, canonical URL
 * and language. HTML goes through a cascade (structured markup, DOM scoring, a baseline of paragraphs)
 * after navigation, furniture and hidden elements are removed; plain text goes through a head reader
 * (title, byline, date lines) and a line classifier that drops site furniture. Hints win over what
 * the body says. Thresholds and cue phrases are data in the resource files beside these classes.
 * It must never invent metadata (a date is kept at the precision its source gives), never stop on
 * odd markup with anything but an {@link org.crosscheck.extract.ExtractionException}, and never
 * recurse over the DOM (pages may be nested thousands of levels deep).
 */
package org.crosscheck.extract;
