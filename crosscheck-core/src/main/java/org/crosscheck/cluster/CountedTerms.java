package org.crosscheck.cluster;

import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Terms already counted, fed to Lucene as one token each with its count as the term frequency:
 * the same postings and norms as the term written out that many times, without the text to build
 * and tokenise. For fields indexed with frequencies and no positions.
 */
final class CountedTerms extends TokenStream {

    private final Map<String, Integer> counts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private Iterator<Map.Entry<String, Integer>> next;

    CountedTerms(Map<String, Integer> counts) {
        this.counts = counts;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = counts.entrySet().iterator();
    }

    @Override
    public boolean incrementToken() {
        while (next.hasNext()) {
            Map.Entry<String, Integer> e = next.next();
            if (e.getValue() > 0) {
                clearAttributes();
                term.setEmpty().append(e.getKey());
                frequency.setTermFrequency(e.getValue());
                return true;
            }
        }
        return false;
    }
}
