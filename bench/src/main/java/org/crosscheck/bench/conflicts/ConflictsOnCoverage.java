package org.crosscheck.bench.conflicts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
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
 * those articles. Each reported conflict becomes keys (pairs of sentences of two articles, see
 * {@link CoverageJudgments}) scored against the judged data in {@code coverage-judgments.tsv}:
 * precision over the judged keys a system reports, recall of the judged-true disagreements, and
 * the number of keys nobody has judged yet, which {@code --unjudged} prints as rows to judge
 * ({@code --verbose} prints each conflict crosscheck reports, too). With {@code --extraction-dev}
 * the same is done for the pages of {@code extraction-dev} that cover one event (ground-truth
 * article bodies, grouped in {@code extraction-dev-events.tsv}), against {@code
 * extraction-dev-judgments.tsv}.
 */
public final class ConflictsOnCoverage {

    private ConflictsOnCoverage() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ConflictsOnCoverage ECBPLUS_DIR --coverage [--max-events N] [--verbose] [--unjudged]"
                    + " [--judgments FILE] [--extraction-dev]");
            System.exit(2);
        }
        Path ecb = Path.of(args[0]);
        int maxEvents = Integer.MAX_VALUE;
        boolean verbose = false;
        boolean unjudged = false;
        boolean extractionDev = false;
        Path judgmentsFile = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--coverage" -> { }
                case "--max-events" -> maxEvents = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                case "--unjudged" -> unjudged = true;
                case "--extraction-dev" -> extractionDev = true;
                case "--judgments" -> judgmentsFile = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        Map<String, List<CoverageJudgments.Doc>> events = new TreeMap<>();
        Map<String, Article> articlesById = new LinkedHashMap<>();
        String corpus;
        if (extractionDev) {
            Path dev = Path.of(System.getenv().getOrDefault("CONFLICTS_EXTRACTION_DEV",
                    ecb.toAbsolutePath().getParent().resolve("extraction-dev").toString()));
            readExtractionDev(dev, events, articlesById);
            corpus = "extraction-dev pages";
        } else {
            for (EcbPlusCorpus.Doc d : EcbPlusCorpus.read(ecb)) {
                Map<String, String> units = new LinkedHashMap<>();
                d.sentences().forEach((k, v) -> units.put(String.valueOf(k), v));
                events.computeIfAbsent(d.event(), e -> new ArrayList<>()).add(new CoverageJudgments.Doc(d.file(), units));
                articlesById.put(d.file(), d.article());
            }
            corpus = "ECB+";
        }
        Map<CoverageJudgments.Key, CoverageJudgments.Judgment> judgments = judgmentsFile != null
                ? CoverageJudgments.read(Files.newBufferedReader(judgmentsFile))
                : CoverageJudgments.readResource(extractionDev ? "extraction-dev-judgments.tsv" : "coverage-judgments.tsv");
        Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
        SentenceEmbedder embedder = verbose ? new SentenceEmbedder() : null;
        ConflictLexicalBaseline lexical = new ConflictLexicalBaseline();
        Map<String, Integer> system = new TreeMap<>();
        Map<String, Integer> baseline = new TreeMap<>();
        Map<CoverageJudgments.Key, Set<String>> systemKeys = new TreeMap<>();
        Map<CoverageJudgments.Key, Set<String>> baselineKeys = new TreeMap<>();
        Map<String, CoverageJudgments.Doc> allDocs = new LinkedHashMap<>();
        int articles = 0;
        long pairs = 0;
        int done = 0;
        int systemTrue = 0;
        int systemJudged = 0;
        for (Map.Entry<String, List<CoverageJudgments.Doc>> event : events.entrySet()) {
            if (event.getValue().size() < 2 || done >= maxEvents) {
                continue;
            }
            done++;
            Map<String, CoverageJudgments.Doc> docs = new LinkedHashMap<>();
            event.getValue().forEach(d -> docs.put(d.id(), d));
            allDocs.putAll(docs);
            List<Article> input = event.getValue().stream().map(d -> articlesById.get(d.id())).toList();
            articles += input.size();
            pairs += (long) input.size() * (input.size() - 1) / 2;
            Report report = pipeline.analyze(input, Progress.NONE);
            for (StoryReport story : report.stories()) {
                for (Conflict c : story.conflicts()) {
                    system.merge(c.kind().jsonName(), 1, Integer::sum);
                    Set<CoverageJudgments.Key> keys = CoverageJudgments.keys(event.getKey(), c.sides().stream()
                            .map(side -> new CoverageJudgments.Side(side.articleIds(), side.sentences())).toList(), docs);
                    keys.forEach(k -> systemKeys.computeIfAbsent(k, x -> new TreeSet<>()).add(c.kind().jsonName()));
                    boolean anyTrue = keys.stream().anyMatch(k -> judgments.containsKey(k) && judgments.get(k).verdict());
                    boolean allJudged = !keys.isEmpty() && keys.stream().allMatch(judgments::containsKey);
                    systemTrue += anyTrue ? 1 : 0;
                    systemJudged += anyTrue || allJudged ? 1 : 0;
                    if (verbose) {
                        System.err.printf(Locale.ROOT, "%s %s (cosine %.2f, %s): %s%n", event.getKey(), c.kind().jsonName(),
                                closest(embedder, c), anyTrue ? "judged true" : allJudged ? "judged false" : "unjudged",
                                c.description());
                        for (ConflictSide side : c.sides()) {
                            System.err.printf(Locale.ROOT, "  %s %s: %s%n", side.value(), side.articleIds(), side.sentences());
                        }
                    }
                }
            }
            List<CoverageJudgments.Doc> list = event.getValue();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    CoverageJudgments.Doc a = list.get(i);
                    CoverageJudgments.Doc b = list.get(j);
                    for (ConflictScore.Reported r : lexical.conflicts(a.id(), articlesById.get(a.id()).text(), b.id(),
                            articlesById.get(b.id()).text())) {
                        baseline.merge(r.kind(), 1, Integer::sum);
                        CoverageJudgments.keys(event.getKey(), r.sides().stream()
                                        .map(side -> new CoverageJudgments.Side(List.of(side.articleId()), side.sentences())).toList(), docs)
                                .forEach(k -> baselineKeys.computeIfAbsent(k, x -> new TreeSet<>()).add(r.kind()));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "conflicts on coverage: %s %d events, %d articles, %d article pairs of one event; %d judged keys (%d true, %d true disagreements)%n",
                corpus, done, articles, pairs, judgments.size(),
                judgments.values().stream().filter(CoverageJudgments.Judgment::verdict).count(),
                judgments.values().stream().filter(CoverageJudgments.Judgment::verdict)
                        .map(CoverageJudgments.Judgment::disagreement).distinct().count());
        print("crosscheck", system, pairs);
        print("lexical-baseline", baseline, pairs);
        CoverageJudgments.Score s = CoverageJudgments.score(systemKeys, judgments.values());
        CoverageJudgments.Score b = CoverageJudgments.score(baselineKeys, judgments.values());
        print("crosscheck", s);
        print("lexical-baseline", b);
        System.out.printf(Locale.ROOT, "crosscheck       conflicts reported %d: %d with a pair judged true, %d judged false, %d not judged in full%n",
                system.values().stream().mapToInt(Integer::intValue).sum(), systemTrue, systemJudged - systemTrue,
                system.values().stream().mapToInt(Integer::intValue).sum() - systemJudged);
        System.out.printf(Locale.ROOT, "time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (verbose) {
            s.missed().forEach(d -> System.err.println("crosscheck missed: " + d));
        }
        if (unjudged || verbose) {
            Set<CoverageJudgments.Key> all = new TreeSet<>(s.unjudged());
            all.addAll(b.unjudged());
            if (!all.isEmpty()) {
                System.err.println("# unjudged keys, as rows to judge (fill verdict, label and reason):");
                System.err.println(CoverageJudgments.HEADER);
            }
            for (CoverageJudgments.Key k : all) {
                String source = systemKeys.containsKey(k) && baselineKeys.containsKey(k) ? "crosscheck+baseline"
                        : systemKeys.containsKey(k) ? "crosscheck" : "baseline";
                Set<String> kinds = new TreeSet<>();
                kinds.addAll(systemKeys.getOrDefault(k, Set.of()));
                kinds.addAll(baselineKeys.getOrDefault(k, Set.of()));
                System.err.println(CoverageJudgments.row(k, source, String.join("/", kinds), allDocs));
            }
        }
    }

    /**
     * The pages of extraction-dev that cover one event, grouped as {@code extraction-dev-events.tsv}
     * says: each page's ground-truth article body, its paragraphs as units ({@code p0}, ...).
     */
    private static void readExtractionDev(Path dev, Map<String, List<CoverageJudgments.Doc>> events,
                                          Map<String, Article> articles) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dev.resolve("ground-truth.json").toFile());
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                ConflictsOnCoverage.class.getResourceAsStream("extraction-dev-events.tsv"), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                JsonNode page = truth.get(f[1]);
                if (page == null) {
                    throw new IOException("no page " + f[1] + " in " + dev.resolve("ground-truth.json"));
                }
                String id = f[2];
                Map<String, String> units = new LinkedHashMap<>();
                int n = 0;
                for (String p : page.get("articleBody").asText().split("\\n\\s*\\n")) {
                    if (!p.isBlank()) {
                        units.put("p" + n++, p.strip());
                    }
                }
                events.computeIfAbsent(f[0], e -> new ArrayList<>()).add(new CoverageJudgments.Doc(id, units));
                articles.put(id, new Article(id, page.get("url").asText(), page.get("url").asText(), null, null, null, null,
                        "en", String.join("\n\n", units.values())));
            }
        }
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

    private static void print(String name, CoverageJudgments.Score s) {
        System.out.printf(Locale.ROOT, "%-16s judged: sentence pairs reported %4d, judged %4d, true %3d, precision %s;"
                        + " recall %.3f (%d of %d judged-true disagreements, %d of %d facts; kind agrees on %d of %d true pairs);"
                        + " unjudged %d; false by class %s%n",
                name, s.keys(), s.judged(), s.truePositives(),
                s.judged() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", s.precision()), s.recall(), s.found(),
                s.disagreements(), s.factsFound(), s.facts(), s.kindAgrees(), s.truePositives(), s.unjudged().size(),
                s.falseByLabel());
    }

    private static void print(String name, Map<String, Integer> byKind, long pairs) {
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%-16s conflicts reported %4d (%.3f an article pair) by kind %s%n",
                name, total, total / (double) Math.max(1, pairs), byKind);
    }
}
