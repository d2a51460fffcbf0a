/**
 * Near-duplicate detection. Takes articles' main texts; gives each a {@link
 * org.crosscheck.dedup.Fingerprint} (a MurmurHash3 64-bit hash of the normalised text for exact
 * copies, and a 128-permutation MinHash signature over word 5-shingles) and, through {@link
 * org.crosscheck.dedup.NearDuplicateIndex}, the earlier articles a new one nearly duplicates,
 * found by LSH banding and verified by estimated Jaccard. A streaming index ({@link
 * org.crosscheck.dedup.NearDuplicateIndex#streaming()}) searches only a window of recent days
 * ({@link org.crosscheck.dedup.DedupWindow}) and evicts older fingerprints, so its memory is
 * bounded on an endless stream. Hashes and seeds are fixed so that
 * fingerprints are comparable across runs and machines. It must never drop or merge articles
 * itself, never compare every pair, and never depend on {@link String#hashCode()} or on
 * hash-map iteration order.
 */
package org.crosscheck.dedup;
