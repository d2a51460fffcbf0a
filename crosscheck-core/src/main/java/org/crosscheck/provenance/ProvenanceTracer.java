package org.crosscheck.provenance;

import java.util.List;
import org.crosscheck.extract.Article;

/** Finds which articles of a story copy or rewrite which. */
public final class ProvenanceTracer {

    /** Reuse links among the given articles, each from the earlier (original) text to the later. */
    public List<ReuseLink> trace(List<Article> articles) {
        throw new UnsupportedOperationException("provenance: not wired yet");
    }
}
