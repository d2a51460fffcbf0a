package org.crosscheck.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.ReuseKind;

/**
 * Which one source each derived article (the {@code to} of a duplicate or rewrite link) is counted
 * toward in the copy network. The text ranks a story's links first ({@link #candidates}): a copy
 * before a rewrite, then the sources it copies most sentence for sentence, then the earliest. When
 * the text cannot tell the sources apart (two or more outlets' articles within {@value #SHARE_TIE}
 * of the most copied), or when the article only paraphrases a source that itself derives from
 * another (two rewrites of one wire match each other in meaning as well as they match the wire),
 * the outlets' habits across all stories decide ({@link #chosen}): of the candidates, the one whose
 * pair of outlets the other derived articles are counted toward most often. Shares are compared as
 * the report writes them, to three decimals.
 */
final class SourceChoice {

    static final Set<ReuseKind> DERIVING_KINDS = Set.of(ReuseKind.DUPLICATE, ReuseKind.REWRITE);
    /** Shares of a text copied that differ by less than this are alike. */
    static final double SHARE_TIE = 0.1;
    /** Rounds of choosing again by the other articles' choices, at most. */
    private static final int ROUNDS = 10;

    private SourceChoice() {
    }

    /**
     * For each derived article of a story, the links it may be counted toward, the text's pick
     * first: the links nearest by the text (see {@link OutletTally#nearestSources}), in story
     * order; then, when those are paraphrases, the links of any kind into the article from the
     * articles those sources derive from in turn (the wire behind a sibling rewrite).
     *
     * @param articleIds the story's articles in its order
     * @param links      its reuse links
     */
    static Map<String, List<Derivation>> candidates(List<String> articleIds, List<Derivation> links) {
        Map<String, Integer> position = new HashMap<>();
        articleIds.forEach(id -> position.put(id, position.size()));
        Map<String, List<Derivation>> linksTo = new LinkedHashMap<>();
        Map<List<String>, Derivation> anyLink = new HashMap<>();
        for (Derivation d : links) {
            anyLink.putIfAbsent(List.of(d.link().from(), d.link().to()), d);
            if (DERIVING_KINDS.contains(d.link().kind())) {
                linksTo.computeIfAbsent(d.link().to(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, List<Derivation>> nearest = new LinkedHashMap<>();
        linksTo.forEach((to, into) -> {
            boolean anyCopy = into.stream().anyMatch(d -> d.link().kind() == ReuseKind.DUPLICATE);
            List<Derivation> kind = into.stream().filter(d -> !anyCopy || d.link().kind() == ReuseKind.DUPLICATE).toList();
            List<Derivation> closest = new ArrayList<>(mostCopied(kind));
            closest.sort(Comparator.comparingInt(d -> position.getOrDefault(d.link().from(), Integer.MAX_VALUE)));
            nearest.put(to, closest);
        });
        Map<String, List<Derivation>> out = new LinkedHashMap<>();
        nearest.forEach((to, closest) -> {
            List<Derivation> list = new ArrayList<>(closest);
            if (closest.stream().allMatch(d -> d.link().kind() == ReuseKind.REWRITE)) {
                Set<String> seen = new HashSet<>(List.of(to));
                closest.forEach(d -> seen.add(d.link().from()));
                for (Derivation d : closest) {
                    String ancestor = d.link().from();
                    while (nearest.containsKey(ancestor)) {
                        ancestor = nearest.get(ancestor).get(0).link().from();
                        Derivation link = anyLink.get(List.of(ancestor, to));
                        if (!seen.add(ancestor)) {
                            break;
                        }
                        if (link != null) {
                            list.add(link);
                        }
                    }
                }
            }
            out.put(to, list);
        });
        return out;
    }

    /** The links whose copied share comes within {@value #SHARE_TIE} of the largest. */
    private static List<Derivation> mostCopied(List<Derivation> links) {
        double most = links.stream().mapToDouble(d -> written(d.copiedShare())).max().orElse(0);
        return links.stream().filter(d -> written(d.copiedShare()) >= most - SHARE_TIE).toList();
    }

    /** A share as the report writes it: to three decimals. */
    private static double written(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    /**
     * Each story's chosen link per derived article. Every article starts at the text's pick; then,
     * round by round until no choice changes, each takes the candidate whose pair of outlets
     * ({@code outletOf} the link's ends) the other articles' current choices join most often, the
     * text's order deciding ties. An article whose candidates are all of one outlet keeps the text's
     * pick; with no record of the outlets elsewhere, every article does.
     *
     * @param candidates per story, each derived article's candidates, the text's pick first
     * @param outletOf   per story, each article's outlet
     */
    static List<Map<String, Derivation>> chosen(List<Map<String, List<Derivation>>> candidates, List<Map<String, String>> outletOf) {
        List<Map<String, Integer>> pick = new ArrayList<>();
        Map<List<String>, Integer> pairs = new HashMap<>();
        for (int s = 0; s < candidates.size(); s++) {
            Map<String, Integer> p = new LinkedHashMap<>();
            for (Map.Entry<String, List<Derivation>> e : candidates.get(s).entrySet()) {
                p.put(e.getKey(), 0);
                pairs.merge(pair(e.getValue().get(0), outletOf.get(s)), 1, Integer::sum);
            }
            pick.add(p);
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (int s = 0; s < candidates.size(); s++) {
                for (Map.Entry<String, List<Derivation>> e : candidates.get(s).entrySet()) {
                    List<Derivation> options = e.getValue();
                    int current = pick.get(s).get(e.getKey());
                    List<String> held = pair(options.get(current), outletOf.get(s));
                    int best = 0;
                    int bestCount = -1;
                    for (int i = 0; i < options.size(); i++) {
                        List<String> p = pair(options.get(i), outletOf.get(s));
                        int others = pairs.getOrDefault(p, 0) - (p.equals(held) ? 1 : 0);
                        if (others > bestCount) {
                            best = i;
                            bestCount = others;
                        }
                    }
                    if (best != current) {
                        pairs.merge(held, -1, Integer::sum);
                        pairs.merge(pair(options.get(best), outletOf.get(s)), 1, Integer::sum);
                        pick.get(s).put(e.getKey(), best);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Map<String, Derivation>> out = new ArrayList<>();
        for (int s = 0; s < candidates.size(); s++) {
            Map<String, Derivation> chosen = new LinkedHashMap<>();
            Map<String, Integer> p = pick.get(s);
            candidates.get(s).forEach((to, options) -> chosen.put(to, options.get(p.get(to))));
            out.add(chosen);
        }
        return out;
    }

    /** The outlets of a link's two ends, {@code [from, to]}. */
    private static List<String> pair(Derivation d, Map<String, String> outletOf) {
        return List.of(outletOf.getOrDefault(d.link().from(), ""), outletOf.getOrDefault(d.link().to(), ""));
    }
}
