/**
 * Claims: takes the articles of one story and gives a {@link org.crosscheck.claims.ClaimSet},
 * the factual sentences of each article as {@link org.crosscheck.claims.Claim}s (actor, action,
 * object, negation, hedging, attribution, dates resolved against the publication date,
 * quantities with their units, named entities) and the story's entities merged across articles
 * by {@link org.crosscheck.claims.EntityResolver}. Cue words, titles, aliases and thresholds are
 * data in the resource files beside these classes. It reads CoreNLP only through
 * {@code org.crosscheck.language.CoreNlpAnnotator}'s records; it must never invent precision a
 * date or number does not have, never change its input articles, and never judge whether a claim
 * is true: that is the aligner's job.
 */
package org.crosscheck.claims;
