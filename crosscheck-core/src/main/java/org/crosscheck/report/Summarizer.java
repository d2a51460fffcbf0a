package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EntityMention;

/**
 * An extractive multi-source summary: up to {@link #MAX_SENTENCES} claim sentences, chosen for
 * independent corroboration first and for new entities second, reported facts before direct
 * quotations, never a disputed claim, never
 * two sentences that say nearly the same thing; printed in the order the story tells them.
 */
public final class Summarizer {

    static final int MAX_SENTENCES = 5;
    private static final double REDUNDANT = 0.5;
    private static final String QUOTE_OPENERS = "\"\u201c\u2018'";
    private static final double QUOTE_PENALTY = 8;

    /**
     * @param groups       the story's claim groups
     * @param articleOrder article ids in story order, for reading order
     */
    public List<SummarySentence> summarize(List<ClaimGroup> groups, List<String> articleOrder) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < articleOrder.size(); i++) {
            position.put(articleOrder.get(i), i);
        }
        List<ClaimGroup> candidates = new ArrayList<>();
        for (ClaimGroup g : groups) {
            if (g.status() != ClaimStatus.DISPUTED && g.claims().stream().noneMatch(Claim::hedged)) {
                candidates.add(g);
            }
        }
        Set<String> covered = new HashSet<>();
        List<ClaimGroup> chosen = new ArrayList<>();
        while (chosen.size() < MAX_SENTENCES) {
            ClaimGroup best = null;
            double bestScore = 0;
            for (ClaimGroup g : candidates) {
                if (chosen.contains(g) || redundant(g, chosen)) {
                    continue;
                }
                double score = score(g, covered, position);
                if (best == null || score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            covered.addAll(entityNames(best));
        }
        chosen.sort(Comparator.comparingInt((ClaimGroup g) -> firstPosition(g, position))
                .thenComparingInt(g -> g.claims().get(0).start()));
        return chosen.stream().map(g -> new SummarySentence(g.text(), g.id())).toList();
    }

    private static double score(ClaimGroup g, Set<String> covered, Map<String, Integer> position) {
        long newEntities = entityNames(g).stream().filter(e -> !covered.contains(e)).count();
        // corroboration dominates; new entities break ties; earlier sentences (leads) slightly preferred
        double lead = 1.0 / (1 + g.claims().stream().mapToInt(Claim::start).min().orElse(0) / 200.0);
        // a direct quotation is colour, not the news: it is used only when facts run out
        double quote = QUOTE_OPENERS.indexOf(g.text().charAt(0)) >= 0 ? QUOTE_PENALTY : 0;
        return g.independentSources() * 10 + g.sources() * 2 + Math.min(newEntities, 3) + lead
                - quote - firstPosition(g, position) * 0.01;
    }

    private static int firstPosition(ClaimGroup g, Map<String, Integer> position) {
        return g.claims().stream().mapToInt(c -> position.getOrDefault(c.articleId(), Integer.MAX_VALUE)).min()
                .orElse(Integer.MAX_VALUE);
    }

    private static Set<String> entityNames(ClaimGroup g) {
        Set<String> names = new HashSet<>();
        for (Claim c : g.claims()) {
            for (EntityMention m : c.entities()) {
                names.add(m.canonical());
            }
        }
        return names;
    }

    private static boolean redundant(ClaimGroup g, List<ClaimGroup> chosen) {
        Set<String> words = words(g.text());
        for (ClaimGroup c : chosen) {
            Set<String> other = words(c.text());
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            if (!union.isEmpty() && (double) common.size() / union.size() >= REDUNDANT) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }
}
