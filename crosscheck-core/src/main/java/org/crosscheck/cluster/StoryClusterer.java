package org.crosscheck.cluster;

import java.util.List;
import org.crosscheck.extract.Article;

/** Groups articles into stories: reports of the same news event. */
public final class StoryClusterer {

    /** The stories of the given articles; every article is in exactly one story. Deterministic. */
    public List<Story> cluster(List<Article> articles) {
        throw new UnsupportedOperationException("cluster: not wired yet");
    }
}
