package org.crosscheck.bench.outlets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.extract.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.Report;

/**
 * The outlet benchmark ({@code bench/outlets}, issue 21): for each seed, a generated stream with
 * a planted copy network ({@link OutletStream}) goes through {@code Pipeline.analyze} (one-article
 * stories deferred, as {@code analyze} does by default); prints copy-network edge precision and
 * recall, derived-article precision and recall, first-reporter accuracy and the mean (and largest)
 * absolute error of each outlet's original share, for crosscheck and, on the same stories, for the
 * baseline that dates articles only (the earliest article of a story is its one original and the
 * source of every later one); then the planted and found networks and each outlet's shares.
 *   OutletsBenchmark [events (default 40)] [seed ...(default 1 2)]
 */
public final class OutletsBenchmark {

    private OutletsBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<Long> seeds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            seeds.add(Long.parseLong(args[i]));
        }
        if (seeds.isEmpty()) {
            seeds = List.of(1L, 2L);
        }
        for (long seed : seeds) {
            run(events, seed);
        }
    }

    private static void run(int events, long seed) {
        List<OutletStream.Planted> planted = new OutletStream(seed).generate(events);
        List<Article> articles = planted.stream().map(OutletStream.Planted::article).toList();
        long start = System.nanoTime();
        Report report = new Pipeline(PipelineSettings.defaults()).analyze(articles, Progress.NONE, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        OutletNetworkScore.Estimate truth = OutletNetworkScore.truth(planted);
        OutletNetworkScore.Estimate found = OutletNetworkScore.crosscheck(planted, report.stories());
        OutletNetworkScore.Estimate baseline = OutletNetworkScore.earliestBaseline(planted, report.stories());
        System.out.printf(Locale.ROOT, "seed %d: %d events, %d articles, %d stories (analysed in %.0f s); planted: %d edges, %d derived articles%n",
                seed, events, articles.size(), report.stories().size(), seconds, truth.edges().size(), truth.derived().size());
        java.util.Map<String, Integer> eventOf = new java.util.HashMap<>();
        planted.forEach(p -> eventOf.put(p.article().id(), p.event()));
        java.util.Map<Integer, Set<String>> storiesOfEvent = new java.util.HashMap<>();
        long mixed = report.stories().stream().filter(s -> {
            Set<Integer> ev = new TreeSet<>();
            s.articleIds().forEach(id -> {
                ev.add(eventOf.get(id));
                storiesOfEvent.computeIfAbsent(eventOf.get(id), k -> new TreeSet<>()).add(s.id());
            });
            return ev.size() > 1;
        }).count();
        long split = storiesOfEvent.values().stream().filter(v -> v.size() > 1).count();
        System.out.printf(Locale.ROOT, "  clustering: %d stories hold articles of two or more events; %d events are split over two or more stories%n",
                mixed, split);
        System.out.printf(Locale.ROOT, "  %-58s %7s %7s %9s %9s %7s %16s%n", "system", "edge P", "edge R", "derived P", "derived R",
                "first", "orig. share MAE");
        line("crosscheck (provenance links, roles)", OutletNetworkScore.score(truth, found));
        line("baseline: the earliest article's outlet is the source", OutletNetworkScore.score(truth, baseline));
        System.out.println("  planted edges: " + String.join("; ", OutletNetworkScore.edgeLines(truth.edges())));
        System.out.println("  found edges:   " + String.join("; ", OutletNetworkScore.edgeLines(found.edges())));
        if (System.getenv("OUTLETS_DEBUG") != null) {
            debug(planted, report, truth, found);
        }
        Set<String> outlets = new TreeSet<>(truth.originalShare().keySet());
        System.out.printf(Locale.ROOT, "  %-24s %8s %10s %8s%n", "original share", "planted", "crosscheck", "baseline");
        for (String o : outlets) {
            System.out.printf(Locale.ROOT, "  %-24s %8.3f %10.3f %8.3f%n", o, truth.originalShare().get(o),
                    found.originalShare().getOrDefault(o, 0.0), baseline.originalShare().getOrDefault(o, 0.0));
        }
    }

    /**
     * Each article whose attribution is wrong (counted toward an outlet it was not taken from, or
     * called derived or original against the plant), with its planted source and every reuse link
     * into or out of it as the report has it (kind, direction basis, overlap, both shares, copied share).
     */
    private static void debug(List<OutletStream.Planted> planted, Report report, OutletNetworkScore.Estimate truth,
                              OutletNetworkScore.Estimate found) {
        java.util.Map<String, OutletStream.Planted> byId = new java.util.HashMap<>();
        planted.forEach(p -> byId.put(p.article().id(), p));
        java.util.Map<String, String> plantedSource = new java.util.HashMap<>();
        truth.derived().forEach(d -> plantedSource.put(d.get(0), d.get(1)));
        java.util.Map<String, String> foundSource = new java.util.HashMap<>();
        found.derived().forEach(d -> foundSource.put(d.get(0), d.get(1)));
        for (var s : report.stories()) {
            com.fasterxml.jackson.databind.JsonNode story = org.crosscheck.report.JsonReport.story(s);
            for (String id : s.articleIds()) {
                String want = plantedSource.get(id);
                String got = foundSource.get(id);
                if (java.util.Objects.equals(want, got)) {
                    continue;
                }
                OutletStream.Planted p = byId.get(id);
                System.out.printf(Locale.ROOT, "  WRONG %s (%s %s, planted %s from %s) counted from %s%n", id, p.outlet(),
                        p.article().published(), p.make(), want, got);
                for (com.fasterxml.jackson.databind.JsonNode l : story.path("provenance")) {
                    String from = l.path("from").asText();
                    String to = l.path("to").asText();
                    if (!from.equals(id) && !to.equals(id)) {
                        continue;
                    }
                    OutletStream.Planted f = byId.get(from);
                    OutletStream.Planted t = byId.get(to);
                    System.out.printf(Locale.ROOT, "      %-9s %-11s overlap %.2f fromShare %.2f share %.2f copied %.2f  %s(%s %s) -> %s(%s %s)%n",
                            l.path("kind").asText(), l.path("direction").asText(), l.path("overlap").asDouble(),
                            l.path("fromShare").asDouble(), l.path("share").asDouble(), l.path("copiedShare").asDouble(),
                            from, f.outlet(), f.article().published(), to, t.outlet(), t.article().published());
                }
            }
        }
    }

    private static void line(String name, OutletNetworkScore.Score s) {
        System.out.printf(Locale.ROOT, "  %-58s %7.3f %7.3f %9.3f %9.3f %7.3f %8.3f (max %.3f)%n", name, s.edgePrecision(),
                s.edgeRecall(), s.derivedPrecision(), s.derivedRecall(), s.firstReporter(), s.originalShareError(),
                s.maxOriginalShareError());
    }
}
