package org.crosscheck.claims;

import java.util.List;
import org.crosscheck.extract.Article;

/** Claims of a story's articles, with entities merged across articles. */
public final class ClaimExtractor {

    /** The factual claims of the given articles and the entities they mention. */
    public ClaimSet extract(List<Article> articles) {
        throw new UnsupportedOperationException("claims: not wired yet");
    }
}
