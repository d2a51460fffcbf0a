package org.crosscheck.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.time.PartialDate;

/**
 * What one outlet did in one story.
 *
 * @param outlet            the outlet's name (an article's {@code outlet})
 * @param articleIds        its articles in the story, in the story's order
 * @param role              originator, rewriter, copier or independent (see {@link OutletRole})
 * @param first             its earliest publication date in the story, or null when none is dated
 * @param lagHours          hours from the story's first report to {@code first}, or null when either is undated
 *                          or not known to the day
 * @param exclusiveClaimIds claims only its articles support, in a story of two or more outlets
 * @param omittedClaimIds   corroborated claims none of its articles supports
 * @param conflictIds       conflicts one of whose sides includes one of its articles
 */
public record StoryOutlet(String outlet, List<String> articleIds, OutletRole role, PartialDate first, Double lagHours,
                          List<String> exclusiveClaimIds, List<String> omittedClaimIds, List<String> conflictIds) {

    public StoryOutlet {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(role, "role");
        articleIds = List.copyOf(articleIds);
        exclusiveClaimIds = List.copyOf(exclusiveClaimIds);
        omittedClaimIds = List.copyOf(omittedClaimIds);
        conflictIds = List.copyOf(conflictIds);
    }

    /** The same outlet with only the conflicts still shown. */
    StoryOutlet keepingConflicts(Set<String> shown) {
        return new StoryOutlet(outlet, articleIds, role, first, lagHours, exclusiveClaimIds, omittedClaimIds,
                conflictIds.stream().filter(shown::contains).toList());
    }
}
