package org.crosscheck.cluster;

import java.util.List;
import java.util.Map;

/**
 * What story clustering reads of one article.
 *
 * @param words     stemmed word to its weighted count (title and lead weigh more), sorted by word
 * @param names     lower-case word of a capitalised name to its count, sorted by word
 * @param headWords stemmed words of the title and lead, in text order, repeated as they occur
 */
record ArticleTerms(Map<String, Integer> words, Map<String, Integer> names, List<String> headWords) {
}
