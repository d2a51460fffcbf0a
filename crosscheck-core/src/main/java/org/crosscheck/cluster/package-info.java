/**
 * Story clustering. Takes extracted articles; gives {@link org.crosscheck.cluster.Story} groups,
 * every article in exactly one, by a single time-aware pass in publication order: an article
 * joins the warm story whose TF-IDF centroid (title and lead weighted up, capitalised names as
 * extra terms, stop words and Porter stems via Lucene) is most similar above a threshold from
 * {@code cluster.properties}, else opens a new one. Story ids are {@code "s-"} and the first 12
 * hex digits of the SHA-256 of the story's first article id. It must never compare all pairs of
 * articles, never let hash-map iteration order or input order of same-dated articles change the
 * result, and never modify the articles it is given.
 */
package org.crosscheck.cluster;
