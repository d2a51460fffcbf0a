package org.crosscheck.report;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.claims.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.time.PartialDate;

/**
 * The outlets of one story: for each, its articles, its role from the provenance links (an article
 * that is the {@code to} of a duplicate link is a copy, of a rewrite link a rewrite, any other is
 * original), when it first reported and how far behind the story's first report, and the claims
 * and conflicts it alone carries, leaves out or takes a side in. Outlets come earliest first,
 * undated ones last, then by name. Articles whose outlet is {@code unknown} are listed together but
 * are no one outlet: they have no exclusives, and a story's outlets are counted without them.
 */
final class OutletCoverage {

    private static final double HOURS_ROUNDING = 10.0;
    private static final String UNKNOWN = Article.UNKNOWN_OUTLET;

    private OutletCoverage() {
    }

    static List<StoryOutlet> of(List<Article> articles, List<Derivation> provenance, List<ClaimGroup> claims,
                                List<Conflict> conflicts) {
        Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
        Map<String, String> outletOf = new HashMap<>();
        for (Article a : articles) {
            byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a);
            outletOf.put(a.id(), a.outlet());
        }
        Set<String> copies = new HashSet<>();
        Set<String> rewrites = new HashSet<>();
        Map<String, Integer> derivedFrom = new HashMap<>();
        for (Derivation d : provenance) {
            if (d.link().kind() == ReuseKind.DUPLICATE) {
                copies.add(d.link().to());
            } else if (d.link().kind() == ReuseKind.REWRITE) {
                rewrites.add(d.link().to());
            }
            derivedFrom.merge(d.link().from(), 1, Integer::sum);
        }
        List<Article> originals = articles.stream()
                .filter(a -> !copies.contains(a.id()) && !rewrites.contains(a.id())).toList();
        Set<String> firstOriginals = firstReports(originals, derivedFrom);
        PartialDate storyFirst = earliest(articles);
        boolean severalOutlets = byOutlet.size() > 1;

        List<StoryOutlet> out = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : byOutlet.entrySet()) {
            List<Article> own = e.getValue();
            Set<String> ids = new HashSet<>();
            own.forEach(a -> ids.add(a.id()));
            OutletRole role;
            if (own.stream().anyMatch(a -> firstOriginals.contains(a.id()))) {
                role = OutletRole.ORIGINATOR;
            } else if (own.stream().anyMatch(a -> originals.contains(a))) {
                role = OutletRole.INDEPENDENT;
            } else if (own.stream().allMatch(a -> copies.contains(a.id()))) {
                role = OutletRole.COPIER;
            } else {
                role = OutletRole.REWRITER;
            }
            PartialDate first = earliest(own);
            List<String> exclusive = new ArrayList<>();
            List<String> omitted = new ArrayList<>();
            for (ClaimGroup g : claims) {
                Set<String> supporters = new HashSet<>();
                for (Claim c : g.claims()) {
                    supporters.add(c.articleId());
                }
                if (severalOutlets && !e.getKey().equals(UNKNOWN) && ids.containsAll(supporters)) {
                    exclusive.add(g.id());
                }
                if (g.status() == ClaimStatus.CORROBORATED && supporters.stream().noneMatch(ids::contains)) {
                    omitted.add(g.id());
                }
            }
            List<String> conflictIds = new ArrayList<>();
            for (Conflict c : conflicts) {
                if (c.sides().stream().map(ConflictSide::articleIds).flatMap(List::stream).anyMatch(ids::contains)) {
                    conflictIds.add(c.id());
                }
            }
            out.add(new StoryOutlet(e.getKey(), own.stream().map(Article::id).toList(), role, first,
                    lagHours(storyFirst, first).orElse(null), exclusive, omitted, conflictIds));
        }
        out.sort(Comparator.comparing(StoryOutlet::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryOutlet::outlet));
        return out;
    }

    /**
     * The story's first reports among its original articles: the earliest dated ones (all of them when
     * dated alike); when none is dated, the one others derive from most, the first in order on a tie.
     */
    private static Set<String> firstReports(List<Article> originals, Map<String, Integer> derivedFrom) {
        PartialDate earliest = earliest(originals);
        Set<String> first = new HashSet<>();
        if (earliest != null) {
            originals.stream().filter(a -> a.published() != null && a.published().compareTo(earliest) == 0)
                    .forEach(a -> first.add(a.id()));
            return first;
        }
        originals.stream().max(Comparator.comparingInt((Article a) -> derivedFrom.getOrDefault(a.id(), 0))
                        .thenComparing(a -> -originals.indexOf(a)))
                .ifPresent(a -> first.add(a.id()));
        return first;
    }

    private static PartialDate earliest(List<Article> articles) {
        return articles.stream().map(Article::published).filter(p -> p != null).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Exact when both moments are known, else by whole days when both days are, else none. */
    static Optional<Double> lagHours(PartialDate storyFirst, PartialDate first) {
        if (storyFirst == null || first == null) {
            return Optional.empty();
        }
        if (storyFirst.instant().isPresent() && first.instant().isPresent()) {
            double hours = Duration.between(storyFirst.instant().get(), first.instant().get()).toSeconds() / 3600.0;
            return Optional.of(Math.round(hours * HOURS_ROUNDING) / HOURS_ROUNDING);
        }
        if (storyFirst.toLocalDate().isPresent() && first.toLocalDate().isPresent()) {
            return Optional.of(24.0 * ChronoUnit.DAYS.between(storyFirst.toLocalDate().get(), first.toLocalDate().get()));
        }
        return Optional.empty();
    }
}
