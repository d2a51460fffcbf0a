/**
 * Provenance: who copied whom. Takes the articles of one story; gives {@link
 * org.crosscheck.provenance.ReuseLink}s (duplicate, rewrite, partial) from the source to the
 * reusing article, found by aligning sentences through character 5-gram containment on candidate
 * pairs chosen by sampled shingles and MinHash LSH, and {@link
 * org.crosscheck.provenance.WitnessGroups} that collapse linked articles into one witness. The
 * earlier publication day decides direction; without one the fuller text is the source, and an
 * undecidable pair keeps id order ({@link org.crosscheck.provenance.DirectionBasis#UNDECIDED}).
 * It must never link an article to itself, never judge from shared names or topic alone (an
 * independent report of the same event is not reuse), and never depend on input or hash-map order
 * for its output.
 */
package org.crosscheck.provenance;
