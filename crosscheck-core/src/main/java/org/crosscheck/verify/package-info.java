/**
 * Verify a statement against sources: each sentence of the statement is judged supported,
 * conflicting or unsupported, with the source sentences that are its evidence. It is the claim
 * machinery of {@code analyze} (CoreNLP claims, WordNet, MiniLM, the aligner's slot comparison)
 * applied to one statement and its sources.
 */
package org.crosscheck.verify;
