/**
 * Provenance: who copied whom. Takes the articles of one story; gives {@link
 * org.crosscheck.provenance.Derivation}s: a {@link org.crosscheck.provenance.ReuseLink}
 * (duplicate, rewrite, partial) from the source to the reusing article, what decided its direction
 * and the share of each text reused; and {@link org.crosscheck.provenance.WitnessGroups} that
 * collapse linked articles into one witness. Candidate pairs come from sampled shingles and MinHash
 * LSH; their sentences are aligned by character 5-gram containment (copies, light edits), and
 * sentences that still share much wording but fall short of a copy go to the {@link
 * org.crosscheck.provenance.RewriteJudge} (a logistic regression over {@link
 * org.crosscheck.provenance.RewriteFeatures}, fitted on MSRP train) with their MiniLM embeddings.
 * The earlier publication day decides direction; without one, the text found almost whole in the
 * other is the derived one; else the direction is {@link
 * org.crosscheck.provenance.DirectionBasis#UNDECIDED} and said to be so. It must never link an
 * article to itself, never judge from shared names or topic alone (an independent report of the
 * same event is not reuse: sentences the judge finds alike count for a rewrite only, never for a
 * partial), and never depend on input or hash-map order for its output.
 */
package org.crosscheck.provenance;
