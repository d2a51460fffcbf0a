package org.crosscheck.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.Conflict;
import org.crosscheck.claims.Entity;
import org.crosscheck.provenance.Derivation;

/**
 * Everything the report says about one story.
 *
 * @param summary    the summary sentences, each backed by a claim group of this story
 * @param provenance the reuse links among the story's articles, each with what decided its
 *                   direction and the share of each side reused
 */
public record StoryReport(String id, String title, List<String> articleIds, List<SummarySentence> summary,
                          List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                          List<Entity> entities, List<Derivation> provenance) {

    public StoryReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articleIds = List.copyOf(articleIds);
        summary = List.copyOf(summary);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        provenance = List.copyOf(provenance);
    }

    /** The summary as one paragraph. */
    public String summaryText() {
        return summary.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
