package org.crosscheck.report;

import java.util.List;
import java.util.Objects;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.Conflict;
import org.crosscheck.claims.Entity;
import org.crosscheck.provenance.ReuseLink;

/** Everything the report says about one story. */
public record StoryReport(String id, String title, List<String> articleIds, String summary,
                          List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                          List<Entity> entities, List<ReuseLink> provenance) {

    public StoryReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        articleIds = List.copyOf(articleIds);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        provenance = List.copyOf(provenance);
    }
}
