package org.crosscheck.claims;

import java.util.List;
import java.util.Map;
import org.crosscheck.language.AnnotatedSentence;

/**
 * Claims of some articles together with every annotated sentence of each article, for the stages
 * that look beyond claim sentences (the words a source uses anywhere when a statement is verified).
 *
 * @param claims    the claims and merged entities
 * @param sentences every annotated sentence, by article id, in text order
 */
public record ClaimExtraction(ClaimSet claims, Map<String, List<AnnotatedSentence>> sentences) {

    public ClaimExtraction {
        sentences = Map.copyOf(sentences);
    }
}
