package org.crosscheck.report;

import java.util.List;
import org.crosscheck.align.Alignment;
import org.crosscheck.claims.ClaimSet;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.ReuseLink;

/** Puts together the report of one story: a headline, the summary, the timeline and the findings. */
public final class StoryReporter {

    public StoryReport report(Story story, List<Article> articles, List<ReuseLink> provenance, ClaimSet claims,
                              Alignment alignment) {
        throw new UnsupportedOperationException("report: not wired yet");
    }
}
