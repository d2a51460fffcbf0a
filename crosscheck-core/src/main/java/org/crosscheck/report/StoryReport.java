package org.crosscheck.report;

import java.util.List;
import java.util.Map;
import org.crosscheck.time.PartialDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.Conflict;
import org.crosscheck.claims.Entity;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.provenance.Derivation;

/**
 * Everything the report says about one story.
 *
 * @param summary    the summary sentences, each backed by a claim group of this story
 * @param conflicts  the conflicts, the most confident first (kept in that order here)
 * @param provenance the reuse links among the story's articles, each with what decided its
 *                   direction and the share of each side reused
 * @param borrowedDates for each of its articles without a publication date, the story's date it
 *                   was read against; the others are absent
 * @param outlets    the story's outlets and what each did in it (see {@link OutletCoverage})
 * @param claimsDeferred true for a story of one article whose claims were not extracted ({@code
 *                   analyze --single-stories deferred}): its claims, summary, timeline and
 *                   entities are empty because nobody read them, not because the article states
 *                   nothing
 * @param cutArticles for each of its articles longer than the claims stage reads, where reading
 *                   stopped: its claims come from the sentences before; the others are absent
 */
public record StoryReport(String id, String title, List<String> articleIds, List<SummarySentence> summary,
                          List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                          List<Entity> entities, List<Derivation> provenance, Map<String, PartialDate> borrowedDates,
                          List<StoryOutlet> outlets, boolean claimsDeferred, Map<String, SentenceCut> cutArticles) {

    public StoryReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articleIds = List.copyOf(articleIds);
        summary = List.copyOf(summary);
        claims = List.copyOf(claims);
        conflicts = conflicts.stream().sorted(java.util.Comparator.comparingDouble(Conflict::confidence).reversed()).toList();
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        provenance = List.copyOf(provenance);
        borrowedDates = byId(borrowedDates);
        outlets = List.copyOf(outlets);
        cutArticles = cutArticles == null ? Map.of() : byId(cutArticles); // null: a report stored before the field
    }

    /** An unmodifiable copy in article id order, so that a report is written the same in every JVM. */
    private static <V> Map<String, V> byId(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** A story whose articles were all read whole. */
    public StoryReport(String id, String title, List<String> articleIds, List<SummarySentence> summary,
                       List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                       List<Entity> entities, List<Derivation> provenance, Map<String, PartialDate> borrowedDates,
                       List<StoryOutlet> outlets, boolean claimsDeferred) {
        this(id, title, articleIds, summary, claims, conflicts, timeline, entities, provenance, borrowedDates, outlets,
                claimsDeferred, Map.of());
    }

    /** A story whose outlets are not told. */
    public StoryReport(String id, String title, List<String> articleIds, List<SummarySentence> summary,
                       List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                       List<Entity> entities, List<Derivation> provenance, Map<String, PartialDate> borrowedDates) {
        this(id, title, articleIds, summary, claims, conflicts, timeline, entities, provenance, borrowedDates, List.of(), false);
    }

    /** An analysed story. */
    public StoryReport(String id, String title, List<String> articleIds, List<SummarySentence> summary,
                       List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                       List<Entity> entities, List<Derivation> provenance, Map<String, PartialDate> borrowedDates,
                       List<StoryOutlet> outlets) {
        this(id, title, articleIds, summary, claims, conflicts, timeline, entities, provenance, borrowedDates, outlets, false);
    }

    /** The report of a one-article story whose claims are deferred: its title and article only. */
    public static StoryReport deferred(String id, String title, List<String> articleIds) {
        return deferred(id, title, articleIds, List.of());
    }

    /** The report of a one-article story whose claims are deferred, with its outlet (no claims: no exclusives). */
    public static StoryReport deferred(String id, String title, List<String> articleIds, List<StoryOutlet> outlets) {
        return new StoryReport(id, title, articleIds, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), outlets, true);
    }

    /** A story whose articles borrowed no date. */
    public StoryReport(String id, String title, List<String> articleIds, List<SummarySentence> summary,
                       List<ClaimGroup> claims, List<Conflict> conflicts, List<TimelineEntry> timeline,
                       List<Entity> entities, List<Derivation> provenance) {
        this(id, title, articleIds, summary, claims, conflicts, timeline, entities, provenance, Map.of());
    }

    /**
     * The same report without the conflicts whose confidence is below {@code minConfidence}; claim
     * groups keep their status (a claim stays disputed when its conflict is hidden).
     */
    public StoryReport withMinConfidence(double minConfidence) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("min confidence out of [0,1]: " + minConfidence);
        }
        List<Conflict> shown = conflicts.stream().filter(c -> c.confidence() >= minConfidence).toList();
        java.util.Set<String> shownIds = shown.stream().map(Conflict::id).collect(Collectors.toSet());
        return new StoryReport(id, title, articleIds, summary, claims, shown, timeline, entities,
                provenance, borrowedDates, outlets.stream().map(o -> o.keepingConflicts(shownIds)).toList(), claimsDeferred,
                cutArticles);
    }

    /** The summary as one paragraph. */
    public String summaryText() {
        return summary.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
