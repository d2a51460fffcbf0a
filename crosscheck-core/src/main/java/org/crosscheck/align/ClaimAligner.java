package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.crosscheck.claims.Claim;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.provenance.WitnessGroups;

/** Groups claims that state the same fact, counts independent witnesses and finds conflicts. */
public final class ClaimAligner {

    private final SentenceEmbedder embedder;
    private final Lexicon lexicon;
    private final AlignmentSettings settings;
    private final ClaimMatcher matcher;
    private final ClaimComparison comparison;
    private final ConflictConfidence confidence;
    private final LongAdder cosines = new LongAdder();

    public ClaimAligner(SentenceEmbedder embedder, Lexicon lexicon, AlignmentSettings settings) {
        this.embedder = embedder;
        this.lexicon = lexicon;
        ClaimComparison comparison = new ClaimComparison(lexicon, settings);
        this.settings = comparison.settings();
        this.matcher = comparison.matcher();
        this.comparison = comparison;
        this.confidence = new ConflictConfidence(settings);
    }

    /** Claim groups with their status, and the conflicts between claims, the most confident first. */
    public Alignment align(List<Claim> claims, WitnessGroups witnesses) {
        List<Claim> ordered = inArticleOrder(claims);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            order.put(ordered.get(i).id(), i);
        }
        ClaimSimilarities sim = new ClaimSimilarities(ordered, embedder, cosines);
        Set<String> unsettled = comparison.detector().unsettledFacts(ordered);
        Set<String> background = comparison.detector().backgroundClaims(ordered);
        PlacesNamedTogether together = new PlacesNamedTogether(ordered);
        List<ClaimGrouper.Pair> matches = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        // the claims of one article are consecutive: each claim meets those of the later articles only
        int[] nextArticle = nextArticleStarts(ordered);
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = nextArticle[i]; j < ordered.size(); j++) {
                Claim a = ordered.get(i);
                Claim b = ordered.get(j);
                double s = sim.of(i, j);
                if (s >= settings.sameFactSimilarity() && matcher.sameFact(a, b)) {
                    matches.add(new ClaimGrouper.Pair(i, j, s));
                }
                List<Finding> found = s >= settings.conflictSimilarity() ? comparison.findings(a, b) : List.of();
                findings.addAll(found);
                if (s >= settings.factSimilarity() && found.stream().noneMatch(f -> f.kind() == ConflictKind.NUMBER)) {
                    findings.addAll(comparison.detector().acrossStory(a, b, unsettled, together::test));
                }
            }
        }
        findings.removeIf(f -> f.kind() == ConflictKind.PLACE && together.test(f.valueA(), f.valueB()));
        // a count dated to another occasion ("In January, a slide injured 40") is not this event's;
        // two counts dated to one other occasion are that occasion's, and are compared
        findings.removeIf(f -> f.kind() == ConflictKind.NUMBER && !f.aspect().equals("number:age")
                && (background.contains(f.a().id()) != background.contains(f.b().id())
                || background.contains(f.a().id()) && matcher.datesContradict(f.a(), f.b())));
        Map<String, Claim> byId = new HashMap<>();
        ordered.forEach(c -> byId.put(c.id(), c));
        findings = comparison.detector().toldApart(findings, ordered,
                (a, b) -> sim.of(order.get(a.id()), order.get(b.id())) >= settings.factSimilarity()
                        && (sim.of(order.get(a.id()), order.get(b.id())) >= settings.sameFactSimilarity()
                        || ArticleAccounts.sameOccasionNamed(a, b)));
        List<Conflict> conflicts = confidence.score(new ConflictMerger().merge(findings, order), byId,
                (a, b) -> sim.of(order.get(a), order.get(b)), witnesses);
        Set<String> disputed = new HashSet<>();
        for (Conflict c : conflicts) {
            c.sides().forEach(s -> disputed.addAll(s.claimIds()));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        Corroboration corroboration = new Corroboration();
        for (List<Integer> members : new ClaimGrouper().group(ordered.size(), matches)) {
            double[][] local = new double[members.size()][members.size()];
            for (int x = 0; x < members.size(); x++) {
                for (int y = 0; y < members.size(); y++) {
                    local[x][y] = sim.of(members.get(x), members.get(y));
                }
            }
            groups.add(corroboration.group(members.stream().map(ordered::get).toList(), local, witnesses, disputed));
        }
        return new Alignment(groups, conflicts);
    }

    /** Claims ordered by the first appearance of their article, then by offset, then by id. */
    private static List<Claim> inArticleOrder(List<Claim> claims) {
        Map<String, Integer> articleRank = new LinkedHashMap<>();
        for (Claim c : claims) {
            articleRank.putIfAbsent(c.articleId(), articleRank.size());
        }
        Map<String, Claim> unique = new LinkedHashMap<>();
        for (Claim c : claims) {
            unique.putIfAbsent(c.id(), c);
        }
        List<Claim> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparingInt((Claim c) -> articleRank.get(c.articleId()))
                .thenComparingInt(Claim::start).thenComparing(Claim::id));
        return out;
    }

    /** For each claim of {@code ordered} (grouped by article), the index of the first claim of a later article. */
    private static int[] nextArticleStarts(List<Claim> ordered) {
        int[] next = new int[ordered.size()];
        int end = ordered.size();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (i + 1 < ordered.size() && !ordered.get(i).articleId().equals(ordered.get(i + 1).articleId())) {
                end = i + 1;
            }
            next[i] = end;
        }
        return next;
    }

    /** How many pairs of values of one article this aligner has compared to tell its updates apart, over all its alignments. */
    long accountValuesCompared() {
        return comparison.detector().accountValuesCompared();
    }

    /** How many claim cosines this aligner has computed, over all its alignments. */
    long cosinesComputed() {
        return cosines.sum();
    }
}
