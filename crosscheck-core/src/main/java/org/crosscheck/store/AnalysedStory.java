package org.crosscheck.store;

import java.util.List;
import java.util.Objects;
import org.crosscheck.extract.Article;
import org.crosscheck.report.StoryReport;

/**
 * A story as analysed now, in the fields the store keeps of it: the rows it sorts, counts and
 * searches by come from these fields; {@code report}, the story's report, is kept whole and given
 * back by {@link Store#story}.
 *
 * @param id        the story's id
 * @param title     its headline
 * @param members   its articles in report order
 * @param conflicts how many conflicts the report shows
 * @param claims    its claim groups
 * @param links     its reuse links
 * @param report    the story's report
 */
public record AnalysedStory(String id, String title, List<Article> members, int conflicts, List<ClaimRow> claims,
                            List<LinkRow> links, StoryReport report) {

    public AnalysedStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(report, "report");
        members = List.copyOf(members);
        claims = List.copyOf(claims);
        links = List.copyOf(links);
    }

    /**
     * One claim group of the story.
     *
     * @param status             its status as the interface names it ({@code corroborated}, ...)
     * @param sources            distinct articles that state it
     * @param independentSources distinct witness groups among them
     */
    public record ClaimRow(String id, String text, String status, int sources, int independentSources) {
    }

    /**
     * One reuse link of the story: {@code to} reuses {@code from}.
     *
     * @param kind    how much is reused, as the interface names it
     * @param overlap the share of {@code to}'s text that comes from {@code from}, as the report rounds it
     */
    public record LinkRow(String from, String to, String kind, double overlap) {
    }
}
