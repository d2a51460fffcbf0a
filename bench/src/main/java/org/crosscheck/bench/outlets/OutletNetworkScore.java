package org.crosscheck.bench.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.extract.Article;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.OutletEdge;
import org.crosscheck.store.OutletFigures;
import org.crosscheck.store.OutletNetwork;
import org.crosscheck.store.OutletTally;

/**
 * Scores what a system says of a stream's outlets against what {@link OutletStream} planted: the
 * copy network's edges (outlet pairs), the derived articles (each with the outlet of the one source
 * it is counted toward: for crosscheck its nearest source, {@code OutletTally.sources}),
 * each event's first reporter (read in the story that holds most of the event's articles) and each
 * outlet's original share.
 */
final class OutletNetworkScore {

    private OutletNetworkScore() {
    }

    /**
     * What a system says.
     *
     * @param edges         copy-network edges, {@code [from, to]}, with their derived articles
     * @param derived       each derived article's id with the outlet it derives from, as {@code [article, outlet]}
     * @param originalShare each outlet's share of articles that derive from none
     * @param firstReporter each event's first reporter, absent when none is named
     */
    record Estimate(Map<List<String>, Integer> edges, Set<List<String>> derived, Map<String, Double> originalShare,
                    Map<Integer, String> firstReporter) {
    }

    /** How close an estimate comes to the truth. */
    record Score(double edgePrecision, double edgeRecall, double derivedPrecision, double derivedRecall, double firstReporter,
                 double originalShareError, double maxOriginalShareError) {
    }

    static Estimate truth(List<OutletStream.Planted> planted) {
        Map<List<String>, Integer> edges = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        Set<List<String>> derived = new HashSet<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<Integer, String> first = new HashMap<>();
        for (OutletStream.Planted p : planted) {
            int[] c = counts.computeIfAbsent(p.outlet(), k -> new int[2]);
            c[0]++;
            if (p.sourceId() == null) {
                c[1]++;
            } else {
                edges.merge(List.of(p.sourceOutlet(), p.outlet()), 1, Integer::sum);
                derived.add(List.of(p.article().id(), p.sourceOutlet()));
            }
            if (p.make() == OutletStream.Make.ORIGINAL && OutletStream.WIRES.contains(p.outlet())) {
                first.put(p.event(), p.outlet());
            }
        }
        return new Estimate(edges, derived, shares(counts), first);
    }

    /** crosscheck's answer: the outlet network across the report's stories, and each story's originator in it. */
    static Estimate crosscheck(List<OutletStream.Planted> planted, List<StoryReport> stories) {
        OutletTally tally = new OutletTally();
        Map<String, String> outletOf = outlets(planted);
        Set<List<String>> derived = new HashSet<>();
        stories.forEach(tally::add);
        OutletNetwork network = tally.network();
        tally.sources().forEach((to, from) -> derived.add(List.of(to, outletOf.get(from))));
        Map<List<String>, Integer> edges = new HashMap<>();
        for (OutletEdge e : network.edges()) {
            edges.put(List.of(e.from(), e.to()), e.articles());
        }
        Map<String, Double> shares = new HashMap<>();
        for (OutletFigures f : network.outlets()) {
            shares.put(f.outlet(), f.originalShare());
        }
        Map<String, String> originatorOf = new HashMap<>();
        network.storiesByOutlet().forEach((outlet, list) -> list.stream().filter(o -> o.role().equals("originator"))
                .forEach(o -> originatorOf.merge(o.storyId(), outlet, (a, b) -> a.compareTo(b) <= 0 ? a : b)));
        Map<Integer, String> first = new HashMap<>();
        eventStories(planted, stories).forEach((event, story) -> {
            if (originatorOf.containsKey(story.id())) {
                first.put(event, originatorOf.get(story.id()));
            }
        });
        return new Estimate(edges, derived, shares, first);
    }

    /**
     * The baseline that counts articles per outlet by date: in each story the earliest article
     * (the first in the story's order among the earliest) is the only original, its outlet the
     * first reporter and the source of every later article.
     */
    static Estimate earliestBaseline(List<OutletStream.Planted> planted, List<StoryReport> stories) {
        Map<String, Article> byId = new HashMap<>();
        planted.forEach(p -> byId.put(p.article().id(), p.article()));
        Map<List<String>, Integer> edges = new HashMap<>();
        Set<List<String>> derived = new HashSet<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> firstOfStory = new HashMap<>();
        for (StoryReport s : stories) {
            List<Article> members = s.articleIds().stream().map(byId::get).toList();
            Article earliest = members.stream().filter(a -> a.published() != null)
                    .min(Comparator.comparing(Article::published)).orElse(members.get(0));
            firstOfStory.put(s.id(), earliest.outlet());
            for (Article a : members) {
                int[] c = counts.computeIfAbsent(a.outlet(), k -> new int[2]);
                c[0]++;
                if (a == earliest) {
                    c[1]++;
                } else {
                    derived.add(List.of(a.id(), earliest.outlet()));
                    if (!a.outlet().equals(earliest.outlet())) {
                        edges.merge(List.of(earliest.outlet(), a.outlet()), 1, Integer::sum);
                    }
                }
            }
        }
        Map<Integer, String> first = new HashMap<>();
        eventStories(planted, stories).forEach((event, story) -> first.put(event, firstOfStory.get(story.id())));
        return new Estimate(edges, derived, shares(counts), first);
    }

    static Score score(Estimate truth, Estimate estimate) {
        Set<List<String>> trueEdges = truth.edges().keySet();
        Set<List<String>> found = estimate.edges().keySet();
        long edgeHits = found.stream().filter(trueEdges::contains).count();
        long derivedHits = estimate.derived().stream().filter(truth.derived()::contains).count();
        long firstHits = truth.firstReporter().entrySet().stream()
                .filter(e -> e.getValue().equals(estimate.firstReporter().get(e.getKey()))).count();
        double errorSum = 0;
        double errorMax = 0;
        for (Map.Entry<String, Double> e : truth.originalShare().entrySet()) {
            double error = Math.abs(e.getValue() - estimate.originalShare().getOrDefault(e.getKey(), 0.0));
            errorSum += error;
            errorMax = Math.max(errorMax, error);
        }
        return new Score(ratio(edgeHits, found.size()), ratio(edgeHits, trueEdges.size()),
                ratio(derivedHits, estimate.derived().size()), ratio(derivedHits, truth.derived().size()),
                ratio(firstHits, truth.firstReporter().size()), errorSum / Math.max(1, truth.originalShare().size()), errorMax);
    }

    /** For each event, the story holding most of its articles (on a tie, the one read first). */
    static Map<Integer, StoryReport> eventStories(List<OutletStream.Planted> planted, List<StoryReport> stories) {
        Map<String, Integer> eventOf = new HashMap<>();
        planted.forEach(p -> eventOf.put(p.article().id(), p.event()));
        Map<Integer, StoryReport> best = new HashMap<>();
        Map<Integer, Integer> bestCount = new HashMap<>();
        for (StoryReport s : stories) {
            Map<Integer, Integer> perEvent = new HashMap<>();
            s.articleIds().forEach(id -> perEvent.merge(eventOf.get(id), 1, Integer::sum));
            perEvent.forEach((event, n) -> {
                if (n > bestCount.getOrDefault(event, 0)) {
                    bestCount.put(event, n);
                    best.put(event, s);
                }
            });
        }
        return best;
    }

    private static Map<String, String> outlets(List<OutletStream.Planted> planted) {
        Map<String, String> of = new HashMap<>();
        planted.forEach(p -> of.put(p.article().id(), p.outlet()));
        return of;
    }

    private static Map<String, Double> shares(Map<String, int[]> counts) {
        Map<String, Double> out = new TreeMap<>();
        counts.forEach((outlet, c) -> out.put(outlet, (double) c[1] / c[0]));
        return out;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** The list of an estimate's edges, heaviest first, for printing. */
    static List<String> edgeLines(Map<List<String>, Integer> edges) {
        List<Map.Entry<List<String>, Integer>> list = new ArrayList<>(edges.entrySet());
        list.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()));
        return list.stream().map(e -> e.getKey().get(0) + " -> " + e.getKey().get(1) + " " + e.getValue()).toList();
    }
}
