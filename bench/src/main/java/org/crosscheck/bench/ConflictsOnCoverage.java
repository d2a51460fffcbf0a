package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;

/**
 * Conflicts on real coverage: the articles of each ECB+ event (a topic half: different outlets
 * reporting one event, as written) go through the path of {@code analyze} together, and every
 * conflict reported is counted per kind beside the lexical-difference baseline on every pair of
 * those articles. There is no gold: outlets do disagree now and then, so each reported conflict
 * is printed with {@code --verbose} (its kind, what each side says and the sentences) for a
 * reader to judge; the count per article pair is what a fact-checker would have to read.
 */
public final class ConflictsOnCoverage {

    private ConflictsOnCoverage() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ConflictsOnCoverage ECBPLUS_DIR --coverage [--max-events N] [--verbose]");
            System.exit(2);
        }
        Path ecb = Path.of(args[0]);
        int maxEvents = Integer.MAX_VALUE;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--coverage" -> { }
                case "--max-events" -> maxEvents = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        Map<String, List<EcbPlusCorpus.Doc>> events = new TreeMap<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.read(ecb)) {
            events.computeIfAbsent(d.event(), e -> new ArrayList<>()).add(d);
        }
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        SentenceEmbedder embedder = new SentenceEmbedder();
        ConflictLexicalBaseline lexical = new ConflictLexicalBaseline();
        Map<String, Integer> system = new TreeMap<>();
        Map<String, Integer> baseline = new TreeMap<>();
        int articles = 0;
        long pairs = 0;
        int done = 0;
        for (Map.Entry<String, List<EcbPlusCorpus.Doc>> event : events.entrySet()) {
            if (event.getValue().size() < 2 || done >= maxEvents) {
                continue;
            }
            done++;
            List<Article> docs = event.getValue().stream().map(EcbPlusCorpus.Doc::article).toList();
            articles += docs.size();
            pairs += (long) docs.size() * (docs.size() - 1) / 2;
            Report report = pipeline.analyze(docs, Progress.NONE);
            for (StoryReport story : report.stories()) {
                for (Conflict c : story.conflicts()) {
                    system.merge(c.kind().jsonName(), 1, Integer::sum);
                    if (verbose) {
                        System.err.printf(Locale.ROOT, "%s %s (cosine %.2f): %s%n", event.getKey(), c.kind().jsonName(),
                                closest(embedder, c), c.description());
                        for (ConflictSide side : c.sides()) {
                            System.err.printf(Locale.ROOT, "  %s %s: %s%n", side.value(), side.articleIds(), side.sentences());
                        }
                    }
                }
            }
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    for (ConflictScore.Reported r : lexical.conflicts(docs.get(i).id(), docs.get(i).text(),
                            docs.get(j).id(), docs.get(j).text())) {
                        baseline.merge(r.kind(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "conflicts on coverage: ECB+ %d events, %d articles, %d article pairs of one event (no gold: judge with --verbose)%n",
                done, articles, pairs);
        print("crosscheck", system, pairs);
        print("lexical-baseline", baseline, pairs);
        System.out.printf(Locale.ROOT, "time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The highest cosine between sentences of two different sides: the pair the conflict was read from. */
    private static double closest(SentenceEmbedder embedder, Conflict c) {
        List<List<float[]>> sides = c.sides().stream().map(side -> embedder.embed(side.sentences())).toList();
        double best = -1;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                for (float[] x : sides.get(i)) {
                    for (float[] y : sides.get(j)) {
                        best = Math.max(best, SentenceEmbedder.cosine(x, y));
                    }
                }
            }
        }
        return best;
    }

    private static void print(String name, Map<String, Integer> byKind, long pairs) {
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%-16s conflicts reported %4d (%.3f an article pair) by kind %s%n",
                name, total, total / (double) Math.max(1, pairs), byKind);
    }
}
