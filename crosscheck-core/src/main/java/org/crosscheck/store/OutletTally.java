package org.crosscheck.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.claims.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.DirectionBasis;
import org.crosscheck.provenance.ReuseKind;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.report.OutletRole;
import org.crosscheck.report.StoryOutlet;
import org.crosscheck.report.StoryReport;

/**
/**
 * Reads story reports one at a time (their {@code articleIds}, {@code outlets}, {@code provenance}
 * and {@code claims}) into an {@link OutletNetwork}. An article derives from another when it is the
 * {@code to} of a duplicate or rewrite link (a partial reuse keeps its own reporting); in the copy
 * network it counts once, toward one source's outlet: the nearest by the text
 * ({@link #nearestSources}) unless the text leaves two outlets' articles alike or the article may be
 * a sibling rewrite, where the outlets' habits across all stories decide ({@link SourceChoice}); an
 * edge joins two different named outlets. A link whose direction its story could not decide (two
 * texts of one day, one dated only by the day) is first pointed the way most decided links between
 * its two outlets point across all stories read (an outlet that copies a wire on the day it is
 * published is the copy there, too); a story whose links so turn gets its outlets' roles anew from
 * them. Shares are compared as the report writes them, to three decimals. Figures are made when
 * {@link #network} is called.
 */
public final class OutletTally {

    private static final Set<ReuseKind> DERIVING_KINDS = SourceChoice.DERIVING_KINDS;

    private final Map<String, Counts> byOutlet = new HashMap<>();
    private final Map<List<String>, Integer> edges = new HashMap<>();
    /** Links between two outlets whose direction a date or containment decided, by {@code [from, to]}. */
    private final Map<List<String>, Integer> decided = new HashMap<>();
    /** Each derived article's nearest source, by article id, as of the last {@link #network}. */
    private final Map<String, String> sources = new HashMap<>();
    /** The stories read, each kept with only what {@link #count} needs. */
    private final List<StoryReport> read = new ArrayList<>();
    private int stories;
    private int storiesOfSeveral;
    private int storiesRepeating;
    private int unknownArticles;

    /** Per outlet, what its stories added up to so far. */
    private static final class Counts {
        int articles;
        int original;
        final List<Double> lags = new ArrayList<>();
        final Map<String, Integer> roles = new TreeMap<>();
        int claims;
        int corroborated;
        int singleSource;
        int disputed;
        final List<OutletStory> stories = new ArrayList<>();

        /** Forgets what {@link #count} added, keeping the claims. */
        void clearStories() {
            articles = 0;
            original = 0;
            lags.clear();
            roles.clear();
            stories.clear();
        }
    }

    /** Adds one story of the report. */
    public OutletTally add(StoryReport story) {
        stories++;
        Map<String, String> outletOf = outletsOf(story);
        countClaims(story, outletOf);
        countRepetition(story);
        read.add(new StoryReport(story.id(), story.title(), story.articleIds(), List.of(), List.of(), List.of(), List.of(),
                List.of(), story.provenance(), Map.of(), story.outlets()));
        for (Derivation d : story.provenance()) {
            String from = outletOf.getOrDefault(d.link().from(), Article.UNKNOWN_OUTLET);
            String to = outletOf.getOrDefault(d.link().to(), Article.UNKNOWN_OUTLET);
            if (DERIVING_KINDS.contains(d.link().kind()) && d.directionKnown() && !from.equals(to) && named(from) && named(to)) {
                decided.merge(List.of(from, to), 1, Integer::sum);
            }
        }
        return this;
    }

    private static Map<String, String> outletsOf(StoryReport story) {
        Map<String, String> outletOf = new HashMap<>();
        for (StoryOutlet o : story.outlets()) {
            o.articleIds().forEach(id -> outletOf.put(id, o.outlet()));
        }
        return outletOf;
    }

    /**
     * The story's links with each whose direction nothing in it decided (same-day dates, one known
     * only to the day) pointed the way the store's decided links between the two outlets mostly
     * point, when they point one way more often; null when no link turned.
     */
    private List<Derivation> oriented(StoryReport story, Map<String, String> outletOf) {
        List<Derivation> links = new ArrayList<>();
        boolean turned = false;
        for (Derivation d : story.provenance()) {
            ReuseLink link = d.link();
            String from = outletOf.getOrDefault(link.from(), Article.UNKNOWN_OUTLET);
            String to = outletOf.getOrDefault(link.to(), Article.UNKNOWN_OUTLET);
            if (!d.directionKnown() && DERIVING_KINDS.contains(link.kind())
                    && decided.getOrDefault(List.of(to, from), 0) > decided.getOrDefault(List.of(from, to), 0)) {
                links.add(new Derivation(new ReuseLink(link.to(), link.from(), link.kind(), link.overlap()), DirectionBasis.UNDECIDED,
                        d.toShare(), d.fromShare(), d.copiedShare()));
                turned = true;
            } else {
                links.add(d);
            }
        }
        return turned ? links : null;
    }

    /**
     * Each outlet's role in a story whose links were turned: the outlet of the first original article
     * (no link derives it) in the story's order is the originator, another with an original article
     * independent, one whose articles all derive through duplicate links a copier, else a rewriter.
     */
    private static Map<String, OutletRole> roles(StoryReport story, Map<String, Derivation> sourceOf) {
        String firstOriginal = story.articleIds().stream().filter(id -> !sourceOf.containsKey(id)).findFirst().orElse(null);
        Map<String, OutletRole> roles = new HashMap<>();
        for (StoryOutlet o : story.outlets()) {
            List<String> ids = o.articleIds();
            OutletRole role;
            if (ids.contains(firstOriginal)) {
                role = OutletRole.ORIGINATOR;
            } else if (ids.stream().anyMatch(id -> !sourceOf.containsKey(id))) {
                role = OutletRole.INDEPENDENT;
            } else if (ids.stream().allMatch(id -> sourceOf.get(id).link().kind() == ReuseKind.DUPLICATE)) {
                role = OutletRole.COPIER;
            } else {
                role = OutletRole.REWRITER;
            }
            roles.put(o.outlet(), role);
        }
        return roles;
    }

    /**
     * Counts one story's articles, originals, roles, lags and edges under each outlet.
     *
     * @param story    the story as read
     * @param turned   whether a link was turned (its outlets' roles are then made anew)
     * @param sourceOf each derived article's chosen link (after undecided links were pointed)
     */
    private void count(StoryReport story, boolean turned, Map<String, Derivation> sourceOf) {
        Map<String, String> outletOf = outletsOf(story);
        Map<String, OutletRole> roles = turned ? roles(story, sourceOf) : null;
        sourceOf.forEach((to, d) -> sources.put(to, d.link().from()));
        for (Map.Entry<String, Derivation> e : sourceOf.entrySet()) {
            String fromOutlet = outletOf.getOrDefault(e.getValue().link().from(), Article.UNKNOWN_OUTLET);
            String toOutlet = outletOf.getOrDefault(e.getKey(), Article.UNKNOWN_OUTLET);
            if (!fromOutlet.equals(toOutlet) && named(fromOutlet) && named(toOutlet)) {
                edges.merge(List.of(fromOutlet, toOutlet), 1, Integer::sum);
            }
        }
        long namedOutlets = story.outlets().stream().map(StoryOutlet::outlet).filter(OutletTally::named).count();
        for (StoryOutlet o : story.outlets()) {
            List<String> ids = o.articleIds();
            if (!named(o.outlet())) {
                unknownArticles += ids.size();
                continue;
            }
            Counts c = byOutlet.computeIfAbsent(o.outlet(), k -> new Counts());
            c.articles += ids.size();
            c.original += (int) ids.stream().filter(id -> !sourceOf.containsKey(id)).count();
            String role = (roles == null ? o.role() : roles.get(o.outlet())).jsonName();
            c.roles.merge(role, 1, Integer::sum);
            if (o.lagHours() != null && namedOutlets > 1) {
                c.lags.add(o.lagHours());
            }
            c.stories.add(new OutletStory(story.id(), story.title(), role, ids, o.first() == null ? null : o.first().toString(),
                    o.lagHours(), o.exclusiveClaimIds().size(), o.omittedClaimIds().size(), o.conflictIds().size()));
        }
    }

    /**
     * For each derived article (the {@code to} of a duplicate or rewrite link), the link from its
     * nearest source by the text alone: a copy before a rewrite; among those, the ones whose text it
     * copies most sentence for sentence ({@code copiedShare}, within {@value SourceChoice#SHARE_TIE}
     * of the most: an article that copies a rewrite of the wire is close to the rewrite word for
     * word, to the wire only in meaning); of these the earliest in the story's order. A paraphrase is
     * so counted toward the original rather than toward another paraphrase or copy of it, whose
     * meaning it may match as well or, by chance, better. The network starts from these and lets the
     * outlets' habits decide where the text cannot ({@link SourceChoice}).
     *
     * @param articleIds the story's articles in its order
     * @param links      its reuse links
     */
    public static Map<String, Derivation> nearestSources(List<String> articleIds, List<Derivation> links) {
        Map<String, Derivation> best = new LinkedHashMap<>();
        SourceChoice.candidates(articleIds, links).forEach((to, options) -> best.put(to, options.get(0)));
        return best;
    }

    private void countClaims(StoryReport story, Map<String, String> outletOf) {
        for (ClaimGroup group : story.claims()) {
            Set<String> outlets = new HashSet<>();
            group.claims().forEach(c -> outlets.add(outletOf.getOrDefault(c.articleId(), Article.UNKNOWN_OUTLET)));
            for (String outlet : outlets) {
                if (!named(outlet)) {
                    continue;
                }
                Counts c = byOutlet.computeIfAbsent(outlet, k -> new Counts());
                c.claims++;
                switch (group.status()) {
                    case CORROBORATED -> c.corroborated++;
                    case SINGLE_SOURCE -> c.singleSource++;
                    case DISPUTED -> c.disputed++;
                }
            }
        }
    }

    /** Pew's measure for one story: does an article after the first add no claim group earlier articles lacked? */
    private void countRepetition(StoryReport story) {
        List<String> ids = story.articleIds();
        if (ids.size() < 2) {
            return;
        }
        storiesOfSeveral++;
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (ClaimGroup group : story.claims()) {
            for (Claim c : group.claims()) {
                groupsOf.computeIfAbsent(c.articleId(), k -> new HashSet<>()).add(group.id());
            }
        }
        Set<String> seen = new HashSet<>(groupsOf.getOrDefault(ids.get(0), Set.of()));
        for (String id : ids.subList(1, ids.size())) {
            Set<String> own = groupsOf.getOrDefault(id, Set.of());
            if (seen.containsAll(own)) {
                storiesRepeating++;
                return;
            }
            seen.addAll(own);
        }
    }

    private static boolean named(String outlet) {
        return !outlet.isEmpty() && !outlet.equals(Article.UNKNOWN_OUTLET);
    }

    /**
     * Each derived article's id with the id of the nearest source the network counts it toward (after
     * undecided links were pointed), as of the last {@link #network} call.
     */
    public Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    /** The network of the stories added so far. */
    public OutletNetwork network() {
        byOutlet.values().forEach(Counts::clearStories);
        edges.clear();
        sources.clear();
        unknownArticles = 0;
        List<Boolean> turned = new ArrayList<>();
        List<Map<String, List<Derivation>>> candidates = new ArrayList<>();
        List<Map<String, String>> outlets = new ArrayList<>();
        for (StoryReport story : read) {
            Map<String, String> outletOf = outletsOf(story);
            List<Derivation> turnedLinks = oriented(story, outletOf);
            turned.add(turnedLinks != null);
            candidates.add(SourceChoice.candidates(story.articleIds(), turnedLinks == null ? story.provenance() : turnedLinks));
            outlets.add(outletOf);
        }
        List<Map<String, Derivation>> chosen = SourceChoice.chosen(candidates, outlets);
        for (int i = 0; i < read.size(); i++) {
            count(read.get(i), turned.get(i), chosen.get(i));
        }
        List<OutletEdge> allEdges = new ArrayList<>();
        edges.forEach((k, n) -> allEdges.add(new OutletEdge(k.get(0), k.get(1), n)));
        allEdges.sort(Comparator.comparingInt(OutletEdge::articles).reversed()
                .thenComparing(OutletEdge::from).thenComparing(OutletEdge::to));
        List<OutletFigures> figures = new ArrayList<>();
        Map<String, List<OutletStory>> storiesByOutlet = new LinkedHashMap<>();
        byOutlet.forEach((outlet, c) -> {
            List<OutletEdge> into = allEdges.stream().filter(e -> e.to().equals(outlet)).toList();
            figures.add(new OutletFigures(outlet, c.stories.size(), c.articles, c.original, median(c.lags), c.roles,
                    c.claims, c.corroborated, c.singleSource, c.disputed, into));
            storiesByOutlet.put(outlet, c.stories);
        });
        figures.sort(Comparator.comparingInt(OutletFigures::articles).reversed().thenComparing(OutletFigures::outlet));
        return new OutletNetwork(figures, allEdges, stories, storiesOfSeveral, storiesRepeating, unknownArticles, storiesByOutlet);
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
