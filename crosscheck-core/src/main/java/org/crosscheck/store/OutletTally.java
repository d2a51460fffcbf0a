package org.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.extract.Article;

/**
 * Reads story report objects one at a time (their {@code articleIds}, {@code outlets},
 * {@code provenance} and {@code claims}) into an {@link OutletNetwork}. An article derives from
 * another when it is the {@code to} of a duplicate or rewrite link (a partial reuse keeps its own
 * reporting); in the copy network it counts once, toward one source's outlet: the nearest by the
 * text ({@link #nearestSources}) unless the text leaves two outlets' articles alike or the article
 * may be a sibling rewrite, where the outlets' habits across all stories decide ({@link SourceChoice});
 * an edge joins two different named outlets. A link whose direction
 * its story could not decide (two texts of one day, one dated only by the day) is first pointed
 * the way most decided links between its two outlets point across all stories read (an outlet
 * that copies a wire on the day it is published is the copy there, too); a story whose links so
 * turn gets its outlets' roles anew from them. Figures are made when {@link #network} is called.
 */
public final class OutletTally {

    private static final Set<String> DERIVING_KINDS = SourceChoice.DERIVING_KINDS;
    private static final String UNDECIDED = "undecided";
    /** The {@code direction} of a link the store's record of the two outlets turned. */
    static final String BY_OUTLETS = "outlets";

    private final Map<String, Counts> byOutlet = new HashMap<>();
    private final Map<List<String>, Integer> edges = new HashMap<>();
    /** Links between two outlets whose direction a date or containment decided, by {@code [from, to]}. */
    private final Map<List<String>, Integer> decided = new HashMap<>();
    /** Each derived article's nearest source, by article id, as of the last {@link #network}. */
    private final Map<String, String> sources = new HashMap<>();
    /** The stories read, each kept with only what {@link #count} needs. */
    private final List<ObjectNode> read = new ArrayList<>();
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

    /** Adds one story object of the report. */
    public OutletTally add(JsonNode story) {
        stories++;
        Map<String, String> outletOf = outletsOf(story);
        countClaims(story, outletOf);
        countRepetition(story);
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("id", "title", "articleIds", "outlets", "provenance")) {
            kept.set(field, story.path(field).deepCopy());
        }
        read.add(kept);
        for (JsonNode link : kept.path("provenance")) {
            String from = outletOf.getOrDefault(link.path("from").asText(), Article.UNKNOWN_OUTLET);
            String to = outletOf.getOrDefault(link.path("to").asText(), Article.UNKNOWN_OUTLET);
            if (DERIVING_KINDS.contains(link.path("kind").asText()) && !link.path("direction").asText().equals(UNDECIDED)
                    && !from.equals(to) && named(from) && named(to)) {
                decided.merge(List.of(from, to), 1, Integer::sum);
            }
        }
        return this;
    }

    private static Map<String, String> outletsOf(JsonNode story) {
        Map<String, String> outletOf = new HashMap<>();
        for (JsonNode o : story.path("outlets")) {
            String outlet = o.path("outlet").asText();
            o.path("articleIds").forEach(id -> outletOf.put(id.asText(), outlet));
        }
        return outletOf;
    }

    /**
     * The story with each link whose direction nothing in it decided (same-day dates, one known only
     * to the day) pointed the way the store's decided links between the two outlets mostly point,
     * when they point one way more often; null when no link turned.
     */
    private ObjectNode oriented(JsonNode story, Map<String, String> outletOf) {
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        boolean turned = false;
        for (JsonNode link : story.path("provenance")) {
            String from = outletOf.getOrDefault(link.path("from").asText(), Article.UNKNOWN_OUTLET);
            String to = outletOf.getOrDefault(link.path("to").asText(), Article.UNKNOWN_OUTLET);
            if (link.path("direction").asText().equals(UNDECIDED) && DERIVING_KINDS.contains(link.path("kind").asText())
                    && decided.getOrDefault(List.of(to, from), 0) > decided.getOrDefault(List.of(from, to), 0)) {
                ObjectNode flipped = ((ObjectNode) link).deepCopy();
                flipped.put("from", link.path("to").asText()).put("to", link.path("from").asText()).put("direction", BY_OUTLETS);
                flipped.put("share", link.path("fromShare").asDouble(link.path("share").asDouble()));
                links.add(flipped);
                turned = true;
            } else {
                links.add(link);
            }
        }
        if (!turned) {
            return null;
        }
        ObjectNode copy = ((ObjectNode) story).deepCopy();
        copy.set("provenance", links);
        return copy;
    }

    /**
     * Each outlet's role in a story whose links were turned: the outlet of the first original article
     * (no link derives it) in the story's order is the originator, another with an original article
     * independent, one whose articles all derive through duplicate links a copier, else a rewriter.
     */
    private static Map<String, String> roles(JsonNode story, Map<String, JsonNode> sourceOf, Map<String, String> outletOf) {
        String firstOriginal = null;
        for (JsonNode id : story.path("articleIds")) {
            if (!sourceOf.containsKey(id.asText())) {
                firstOriginal = id.asText();
                break;
            }
        }
        Map<String, String> roles = new HashMap<>();
        for (JsonNode o : story.path("outlets")) {
            List<String> ids = new ArrayList<>();
            o.path("articleIds").forEach(id -> ids.add(id.asText()));
            String role;
            if (ids.contains(firstOriginal)) {
                role = "originator";
            } else if (ids.stream().anyMatch(id -> !sourceOf.containsKey(id))) {
                role = "independent";
            } else if (ids.stream().allMatch(id -> sourceOf.get(id).path("kind").asText().equals("duplicate"))) {
                role = "copier";
            } else {
                role = "rewriter";
            }
            roles.put(o.path("outlet").asText(), role);
        }
        return roles;
    }

    /**
     * Counts one story's articles, originals, roles, lags and edges under each outlet.
     *
     * @param story    the story with its undecided links turned, as read
     * @param turned   whether a link was turned (its outlets' roles are then made anew)
     * @param sourceOf each derived article's chosen link
     */
    private void count(JsonNode story, boolean turned, Map<String, JsonNode> sourceOf) {
        Map<String, String> outletOf = outletsOf(story);
        Map<String, String> roles = turned ? roles(story, sourceOf, outletOf) : null;
        sourceOf.forEach((to, link) -> sources.put(to, link.path("from").asText()));
        for (Map.Entry<String, JsonNode> e : sourceOf.entrySet()) {
            String fromOutlet = outletOf.getOrDefault(e.getValue().path("from").asText(), Article.UNKNOWN_OUTLET);
            String toOutlet = outletOf.getOrDefault(e.getKey(), Article.UNKNOWN_OUTLET);
            if (!fromOutlet.equals(toOutlet) && named(fromOutlet) && named(toOutlet)) {
                edges.merge(List.of(fromOutlet, toOutlet), 1, Integer::sum);
            }
        }
        long namedOutlets = story.path("outlets").findValuesAsText("outlet").stream().filter(OutletTally::named).count();
        String title = story.path("title").asText();
        String storyId = story.path("id").asText();
        for (JsonNode o : story.path("outlets")) {
            String outlet = o.path("outlet").asText();
            List<String> ids = new ArrayList<>();
            o.path("articleIds").forEach(id -> ids.add(id.asText()));
            if (!named(outlet)) {
                unknownArticles += ids.size();
                continue;
            }
            Counts c = byOutlet.computeIfAbsent(outlet, k -> new Counts());
            c.articles += ids.size();
            c.original += (int) ids.stream().filter(id -> !sourceOf.containsKey(id)).count();
            String role = roles == null ? o.path("role").asText() : roles.get(outlet);
            c.roles.merge(role, 1, Integer::sum);
            Double lag = o.path("lagHours").isNumber() ? o.path("lagHours").asDouble() : null;
            if (lag != null && namedOutlets > 1) {
                c.lags.add(lag);
            }
            c.stories.add(new OutletStory(storyId, title, role, ids, o.path("first").isTextual() ? o.path("first").asText() : null,
                    lag, o.path("exclusiveClaimIds").size(), o.path("omittedClaimIds").size(), o.path("conflictIds").size()));
        }
    }

    /**
     * For each derived article (the {@code to} of a duplicate or rewrite link), the link from its
     * nearest source by the text alone: a copy before a rewrite; among those, the ones whose text it
     * copies most sentence for sentence ({@code copiedShare}, within {@value SourceChoice#SHARE_TIE}
     * of the most: an article that copies a rewrite of the wire is close to the rewrite word for
     * word, to the wire only in meaning); of these the earliest in the story's order. The network
     * starts from these and lets the outlets' habits decide where the text cannot ({@link SourceChoice}).
     */
    public static Map<String, JsonNode> nearestSources(JsonNode story) {
        Map<String, JsonNode> best = new LinkedHashMap<>();
        SourceChoice.candidates(story).forEach((to, links) -> best.put(to, links.get(0)));
        return best;
    }

    private void countClaims(JsonNode story, Map<String, String> outletOf) {
        for (JsonNode group : story.path("claims")) {
            Set<String> outlets = new HashSet<>();
            group.path("support").forEach(s -> outlets.add(outletOf.getOrDefault(s.path("articleId").asText(), Article.UNKNOWN_OUTLET)));
            String status = group.path("status").asText();
            for (String outlet : outlets) {
                if (!named(outlet)) {
                    continue;
                }
                Counts c = byOutlet.computeIfAbsent(outlet, k -> new Counts());
                c.claims++;
                switch (status) {
                    case "corroborated" -> c.corroborated++;
                    case "single-source" -> c.singleSource++;
                    case "disputed" -> c.disputed++;
                    default -> { }
                }
            }
        }
    }

    /** Pew's measure for one story: does an article after the first add no claim group earlier articles lacked? */
    private void countRepetition(JsonNode story) {
        List<String> ids = new ArrayList<>();
        story.path("articleIds").forEach(id -> ids.add(id.asText()));
        if (ids.size() < 2) {
            return;
        }
        storiesOfSeveral++;
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (JsonNode group : story.path("claims")) {
            String id = group.path("id").asText();
            group.path("support").forEach(s -> groupsOf.computeIfAbsent(s.path("articleId").asText(), k -> new HashSet<>()).add(id));
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
        List<JsonNode> oriented = new ArrayList<>();
        List<Boolean> turned = new ArrayList<>();
        List<Map<String, List<JsonNode>>> candidates = new ArrayList<>();
        List<Map<String, String>> outlets = new ArrayList<>();
        for (ObjectNode stored : read) {
            Map<String, String> outletOf = outletsOf(stored);
            ObjectNode turnedStory = oriented(stored, outletOf);
            JsonNode story = turnedStory == null ? stored : turnedStory;
            oriented.add(story);
            turned.add(turnedStory != null);
            candidates.add(SourceChoice.candidates(story));
            outlets.add(outletOf);
        }
        List<Map<String, JsonNode>> chosen = SourceChoice.chosen(candidates, outlets);
        for (int i = 0; i < oriented.size(); i++) {
            count(oriented.get(i), turned.get(i), chosen.get(i));
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
