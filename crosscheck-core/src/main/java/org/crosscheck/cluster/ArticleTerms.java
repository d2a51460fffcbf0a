package org.crosscheck.cluster;

import java.util.Map;

/**
 * What story clustering reads of one article.
 *
 * @param words     stemmed word to its weighted count (title and lead weigh more), sorted by word
 * @param names     lower-case word of a capitalised name to its count, sorted by word
 * @param head      stemmed word of the title and lead to its count there, sorted by word
 */
record ArticleTerms(Map<String, Integer> words, Map<String, Integer> names, Map<String, Integer> head) {
}
