/**
 * Story clustering. Takes extracted articles; gives {@link org.crosscheck.cluster.Story} groups,
 * every article in exactly one. {@link org.crosscheck.cluster.StoryStream} is the incremental
 * clusterer: articles come in publication order (file order when undated), each is prepared by a
 * pure step (Lucene-analysed title, lead and body terms; capitalised-name words as cheap named
 * entities; optionally a MiniLM vector of title and lead) and then joins the warm story it scores
 * best with, or opens a new one. Candidate stories come from the article's strongest words and
 * names: first the stories of the articles since the Lucene index was last reopened (an in-memory
 * map), then, unless one of those is a sure match, a Lucene BM25 search over the indexed
 * articles' title, lead and names (each story's latest few); never from all pairs. The join score is a weighted sum of TF-IDF cosine to
 * the story centroid, name cosine and embedding cosine, with the weights and threshold of
 * {@code cluster.properties}. Stories go cold after a gap in days (dated articles) or in articles,
 * and leave the index and memory. {@link org.crosscheck.cluster.StoryClusterer} sorts a batch into
 * publication order and streams it. Story ids are {@code "s-"} and the first 12 hex digits of
 * the SHA-256 of the story's first article id. It must never compare all pairs of articles, never
 * let hash-map iteration order, thread timing or the input order of same-dated articles change
 * the result, and never modify the articles it is given.
 */
package org.crosscheck.cluster;
