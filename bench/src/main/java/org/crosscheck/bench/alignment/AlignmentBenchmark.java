package org.crosscheck.bench.alignment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.bench.metric.BinaryScore;
import org.crosscheck.bench.metric.TfIdfCosine;
import org.crosscheck.claims.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;

/**
 * The alignment benchmark (issue 5): on ECB+, two sentences of different articles describe the
 * same event when they hold coreferent event mentions (the corpus's cross-document annotation,
 * read by {@link EcbPlusCoref}). Each topic's articles go through the path of {@code analyze}
 * ({@link Pipeline#analyze}: clustering, provenance, claims, alignment, report) together; every
 * claim is mapped back to the ECB+ sentence it was cut from, and two sentences are a system pair
 * when claims from them are in one claim group. Pairs of validated sentences of different articles
 * of the same topic are scored by {@link AlignmentPairs}, beside TF-IDF cosine and the trivial
 * same-story, same-half and same-topic baselines, in one run.
 */
public final class AlignmentBenchmark {

    private static final int VERBOSE_PER_KIND = 8;

    private AlignmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AlignmentBenchmark ECBPLUS_DIR [--topics 1-5,7] [--max-topics N] [--title-in-text] [--verbose]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Set<Integer> wanted = null;
        int maxTopics = Integer.MAX_VALUE;
        boolean verbose = false;
        boolean titleInText = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--topics" -> wanted = topics(args[++i]);
                case "--max-topics" -> maxTopics = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                case "--title-in-text" -> titleInText = true;
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        Map<Integer, List<EcbPlusCorpus.Doc>> byTopic = new TreeMap<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.read(dir)) {
            if (wanted == null || wanted.contains(d.topic())) {
                byTopic.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(d);
            }
        }
        while (byTopic.size() > maxTopics) {
            byTopic.remove(((TreeMap<Integer, ?>) byTopic).lastKey());
        }
        if (byTopic.isEmpty()) {
            throw new IllegalArgumentException("no ECB+ articles of the requested topics in " + dir);
        }
        List<EcbPlusCorpus.Doc> docs = byTopic.values().stream().flatMap(List::stream).toList();
        Map<String, EcbPlusCorpus.Doc> docById = new HashMap<>();
        docs.forEach(d -> docById.put(d.file(), d));
        Map<AlignmentPairs.Unit, Set<String>> gold = EcbPlusCoref.gold(dir, docs);
        List<AlignmentPairs.Pair> candidates = AlignmentPairs.candidates(gold.keySet());
        Predicate<AlignmentPairs.Pair> isGold = p -> AlignmentPairs.gold(gold, p);
        long t1 = System.nanoTime();

        // crosscheck: each topic's articles through analyze, claims mapped back to sentences
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        Set<AlignmentPairs.Pair> system = new HashSet<>();
        Set<AlignmentPairs.Unit> claimed = new HashSet<>();
        Map<String, String> storyOf = new HashMap<>();
        int groups = 0;
        int multiArticleGroups = 0;
        int stories = 0;
        long pipelineNanos = 0;
        for (Map.Entry<Integer, List<EcbPlusCorpus.Doc>> topic : byTopic.entrySet()) {
            boolean inText = titleInText;
            List<Article> articles = topic.getValue().stream().map(d -> d.article(inText)).toList();
            long p0 = System.nanoTime();
            Report report = pipeline.analyze(articles, Progress.NONE);
            pipelineNanos += System.nanoTime() - p0;
            stories += report.stories().size();
            List<Set<AlignmentPairs.Unit>> unitGroups = new ArrayList<>();
            for (StoryReport story : report.stories()) {
                story.articleIds().forEach(a -> storyOf.put(a, story.id()));
                for (ClaimGroup group : story.claims()) {
                    groups++;
                    Set<AlignmentPairs.Unit> units = new HashSet<>();
                    for (Claim c : group.claims()) {
                        for (AlignmentPairs.Unit u : units(docById.get(c.articleId()), c, titleInText)) {
                            units.add(u);
                            claimed.add(u);
                        }
                    }
                    if (group.sources() > 1) {
                        multiArticleGroups++;
                    }
                    unitGroups.add(units);
                }
            }
            system.addAll(AlignmentPairs.linked(unitGroups));
            if (verbose) {
                System.err.printf(Locale.ROOT, "topic %d: %d articles, %d stories, %.1f s%n", topic.getKey(),
                        articles.size(), report.stories().size(), (System.nanoTime() - p0) / 1e9);
            }
        }
        long t2 = System.nanoTime();

        // TF-IDF cosine of the two sentences, idf over every sentence of the articles read
        List<String> collection = new ArrayList<>();
        docs.forEach(d -> collection.addAll(d.sentences().values()));
        TfIdfCosine tfidf = new TfIdfCosine(collection);
        double[] cosine = new double[candidates.size()];
        boolean[] goldFlags = new boolean[candidates.size()];
        Map<AlignmentPairs.Pair, Double> cosineOf = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            AlignmentPairs.Pair p = candidates.get(i);
            cosine[i] = tfidf.cosine(text(docById, p.a()), text(docById, p.b()));
            goldFlags[i] = isGold.test(p);
            cosineOf.put(p, cosine[i]);
        }
        double oracle = BinaryScore.bestThreshold(cosine, goldFlags);
        Map<Integer, Double> heldOutThreshold = leaveOneTopicOut(candidates, cosine, goldFlags);
        long t3 = System.nanoTime();

        // report
        Set<AlignmentPairs.Unit> titles = new HashSet<>();
        for (AlignmentPairs.Unit u : gold.keySet()) {
            if (docById.get(u.article()).titleSentence() == u.sentence()) {
                titles.add(u);
            }
        }
        long withChains = gold.values().stream().filter(s -> !s.isEmpty()).count();
        long goldPairs = candidates.stream().filter(isGold).count();
        long goldAcrossHalves = candidates.stream().filter(isGold).filter(p -> !p.sameHalf()).count();
        Set<AlignmentPairs.Unit> claimedValidated = new HashSet<>(claimed);
        claimedValidated.retainAll(gold.keySet());
        System.out.printf(Locale.ROOT, "alignment benchmark: ECB+ %d articles in %d topics (%s); %d validated sentences"
                        + " (%d with a cross-document event chain, %d are titles); %d candidate pairs (validated sentences,"
                        + " different articles, same topic), %d gold pairs (%d across the two halves of a topic)%n",
                docs.size(), byTopic.size(), range(byTopic.keySet()), gold.size(), withChains, titles.size(),
                candidates.size(), goldPairs, goldAcrossHalves);
        long titlesClaimed = titles.stream().filter(claimed::contains).count();
        System.out.printf(Locale.ROOT, "claims: %d of %d validated sentences became claims (%d of the %d titles%s);"
                        + " %d claim groups, %d with more than one article; %d stories%n",
                claimedValidated.size(), gold.size(), titlesClaimed, titles.size(),
                titleInText ? ": --title-in-text, the text starts with the title" : ": analyze takes claims from the text,"
                        + " not the title", groups, multiArticleGroups, stories);
        Predicate<AlignmentPairs.Pair> bothClaimed = p -> claimed.contains(p.a()) && claimed.contains(p.b());
        List<AlignmentPairs.Pair> coveredCandidates = candidates.stream().filter(bothClaimed).toList();
        BinaryScore cc = AlignmentPairs.score(candidates, isGold, system::contains);
        BinaryScore ccCovered = AlignmentPairs.score(coveredCandidates, isGold, system::contains);
        System.out.printf(Locale.ROOT, "%-34s %s  R-claimed %.3f (of %d gold pairs whose two sentences became claims)%n",
                "crosscheck", line(cc), ccCovered.recall(), ccCovered.truePositives() + ccCovered.falseNegatives());
        BinaryScore tOracle = AlignmentPairs.score(candidates, isGold, p -> cosineOf.get(p) >= oracle);
        System.out.printf(Locale.ROOT, "%-34s %s  (threshold tuned on these gold pairs)%n",
                String.format(Locale.ROOT, "tfidf-cosine t=%.2f", oracle), line(tOracle));
        if (heldOutThreshold != null) {
            BinaryScore tHeld = AlignmentPairs.score(candidates, isGold,
                    p -> cosineOf.get(p) >= heldOutThreshold.get(p.a().topic()));
            double lo = heldOutThreshold.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double hi = heldOutThreshold.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            System.out.printf(Locale.ROOT, "%-34s %s  (each topic at the threshold tuned on the other topics)%n",
                    String.format(Locale.ROOT, "tfidf-cosine t=%.2f-%.2f held-out", lo, hi), line(tHeld));
        }
        Predicate<AlignmentPairs.Pair> sameStory = p -> storyOf.get(p.a().article()) != null
                && storyOf.get(p.a().article()).equals(storyOf.get(p.b().article()));
        System.out.printf(Locale.ROOT, "%-34s %s  (all pairs of articles crosscheck put in one story)%n", "same-story",
                line(AlignmentPairs.score(candidates, isGold, sameStory)));
        System.out.printf(Locale.ROOT, "%-34s %s  (all pairs within a topic half: the gold event)%n", "same-half",
                line(AlignmentPairs.score(candidates, isGold, AlignmentPairs.Pair::sameHalf)));
        System.out.printf(Locale.ROOT, "%-34s %s  (all candidate pairs: the precision floor)%n", "same-topic",
                line(AlignmentPairs.score(candidates, isGold, p -> true)));
        System.out.println("target: none; issue 5 sets no numeric target for alignment");
        System.out.printf(Locale.ROOT, "time: reading %.1f s; crosscheck analyze %.1f s for %d articles (%.2f articles/s);"
                        + " tfidf %.1f s; wall %.1f s%n",
                (t1 - t0) / 1e9, pipelineNanos / 1e9, docs.size(), docs.size() / (pipelineNanos / 1e9),
                (t3 - t2) / 1e9, (t3 - t0) / 1e9);

        if (verbose) {
            explain(candidates, isGold, system, claimed, sameStory, gold, docById);
        }
    }

    /** The ECB+ sentences a claim was cut from: the body sentences its span overlaps. */
    static List<AlignmentPairs.Unit> units(EcbPlusCorpus.Doc doc, Claim claim) {
        return units(doc, claim, false);
    }

    /** The same, for the text of {@link EcbPlusCorpus.Doc#article(boolean)}. */
    static List<AlignmentPairs.Unit> units(EcbPlusCorpus.Doc doc, Claim claim, boolean titleInText) {
        List<AlignmentPairs.Unit> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        for (Map.Entry<Integer, int[]> e : doc.bodySpans(titleInText).entrySet()) {
            int[] span = e.getValue();
            if (claim.start() < span[1] && claim.end() > span[0]) {
                out.add(AlignmentPairs.Unit.of(doc, e.getKey()));
            }
        }
        return out;
    }

    private static String text(Map<String, EcbPlusCorpus.Doc> docs, AlignmentPairs.Unit u) {
        return docs.get(u.article()).sentences().get(u.sentence());
    }

    /** Per topic, the best-F1 threshold on the candidate pairs of the other topics; null with one topic. */
    private static Map<Integer, Double> leaveOneTopicOut(List<AlignmentPairs.Pair> candidates, double[] cosine,
                                                         boolean[] gold) {
        Set<Integer> topics = new TreeSet<>();
        candidates.forEach(p -> topics.add(p.a().topic()));
        if (topics.size() < 2) {
            return null;
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int topic : topics) {
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).a().topic() != topic) {
                    other.add(i);
                }
            }
            double[] s = new double[other.size()];
            boolean[] g = new boolean[other.size()];
            for (int k = 0; k < other.size(); k++) {
                s[k] = cosine[other.get(k)];
                g[k] = gold[other.get(k)];
            }
            out.put(topic, BinaryScore.bestThreshold(s, g));
        }
        return out;
    }

    private static String line(BinaryScore s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }

    /** Parses {@code 1-5,7,9-10}. */
    static Set<Integer> topics(String spec) {
        Set<Integer> out = new TreeSet<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int dash = p.indexOf('-');
            if (dash > 0) {
                int from = Integer.parseInt(p.substring(0, dash).strip());
                int to = Integer.parseInt(p.substring(dash + 1).strip());
                for (int t = from; t <= to; t++) {
                    out.add(t);
                }
            } else {
                out.add(Integer.parseInt(p));
            }
        }
        return out;
    }

    private static String range(Set<Integer> topics) {
        List<Integer> t = new ArrayList<>(topics);
        return t.size() == 1 ? "topic " + t.get(0) : "topics " + t.get(0) + "-" + t.get(t.size() - 1);
    }

    /** A few misses and false pairs per topic, on standard error. */
    private static void explain(List<AlignmentPairs.Pair> candidates, Predicate<AlignmentPairs.Pair> isGold,
                                Set<AlignmentPairs.Pair> system, Set<AlignmentPairs.Unit> claimed,
                                Predicate<AlignmentPairs.Pair> sameStory, Map<AlignmentPairs.Unit, Set<String>> gold,
                                Map<String, EcbPlusCorpus.Doc> docs) {
        Map<String, Integer> shown = new HashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (AlignmentPairs.Pair p : candidates) {
            boolean g = isGold.test(p);
            boolean s = system.contains(p);
            String kind;
            if (g && s) {
                continue;
            } else if (s) {
                kind = "false pair";
            } else if (!g) {
                continue;
            } else if (!claimed.contains(p.a()) || !claimed.contains(p.b())) {
                kind = "miss, not both claims";
            } else if (!sameStory.test(p)) {
                kind = "miss, different stories";
            } else {
                kind = "miss, claims not grouped";
            }
            counts.merge(kind, 1, Integer::sum);
            String key = p.a().topic() + " " + kind;
            if (shown.merge(key, 1, Integer::sum) > VERBOSE_PER_KIND) {
                continue;
            }
            Set<String> shared = new TreeSet<>(gold.getOrDefault(p.a(), Set.of()));
            shared.retainAll(gold.getOrDefault(p.b(), Set.of()));
            System.err.printf(Locale.ROOT, "[%s] topic %d %s ~ %s shared chains %s%n  %s %s%n  %s %s%n", kind, p.a().topic(),
                    p.a(), p.b(), shared, claimed.contains(p.a()) ? "claim:" : "no claim:",
                    text(docs, p.a()), claimed.contains(p.b()) ? "claim:" : "no claim:", text(docs, p.b()));
        }
        System.err.println("errors by kind: " + counts);
    }
}
