package org.crosscheck.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cluster.ArticleEmbedder;
import org.crosscheck.cluster.StoryClusterer;
import org.crosscheck.dedup.Murmur3Hash64;
import org.crosscheck.dedup.TextNormalizer;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.store.AddedArticle;
import org.crosscheck.store.AnalysedStory;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.ReportCodec;
import org.crosscheck.store.StoreWriter;
import org.crosscheck.report.StoryReport;

/**
 * Loads an analysed output folder ({@code crosscheck spark --format jsonl}: {@code articles.jsonl}
 * and {@code stories.jsonl}, the report's objects, and {@code reports.jsonl}, each story's report
 * in the store's form) into a store, as they are: no clustering and no analysis run again. The
 * stories' reports are stored as the job made them, so the store serves the stories of the run
 * that made the folder; the article objects as {@code ingest} stores them (a date a
 * story lent an article is the story's, not kept with the article). Articles go in publication order, in batches of the ingest's
 * size (one transaction each, with their embeddings so that later ingests can join the stories);
 * a story is written with the batch of its last article. A story any of whose articles the store
 * holds already is left out whole, its articles counted as duplicates: loading a folder twice
 * adds nothing the second time. A line that cannot be read is skipped with its reason.
 */
final class OutputIngest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextNormalizer normalizer = new TextNormalizer();
    private final IngestSettings settings;
    private final ArticleEmbedder embedder;
    private final IngestListener listener;
    private final List<SkippedInput> skipped = new ArrayList<>();

    OutputIngest(IngestSettings settings, ArticleEmbedder embedder, IngestListener listener) {
        this.settings = settings;
        this.embedder = embedder;
        this.listener = listener;
    }

    /**
     * @throws IllegalArgumentException when the folder holds no JSON Lines output (with a one-line reason)
     */
    IngestSummary load(Path dir, SqliteStore store) throws IOException {
        long started = System.nanoTime();
        Path articlesFile = dir.resolve("articles.jsonl");
        Path storiesFile = dir.resolve("stories.jsonl");
        Path reportsFile = dir.resolve("reports.jsonl");
        if (!Files.isRegularFile(articlesFile) || !Files.isRegularFile(storiesFile)) {
            throw new IllegalArgumentException(dir + (Files.isDirectory(dir.resolve("stories.parquet"))
                    ? ": holds Parquet outputs, which ./crosscheck ingest --from reads through crosscheck-spark; "
                            + "the app's jar alone reads the JSON Lines ones (spark --format jsonl)"
                    : ": no articles.jsonl and stories.jsonl (not an output folder of crosscheck spark)"));
        }
        if (!Files.isRegularFile(reportsFile)) {
            throw new IllegalArgumentException(dir + ": no reports.jsonl (written by crosscheck spark with its stories; run the job again)");
        }
        Map<String, StoryReport> reports = new HashMap<>();
        for (Line line : lines(reportsFile)) {
            try {
                StoryReport report = ReportCodec.read(line.text());
                reports.putIfAbsent(report.id(), report);
            } catch (IOException | RuntimeException e) {
                skip(line.source(), "not a story report: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        for (Line line : lines(articlesFile)) {
            Article a = StoreWriter.article(line.text());
            if (a.id().isEmpty()) {
                skip(line.source(), "an article object with no id");
            } else {
                articles.putIfAbsent(a.id(), a);
            }
        }
        try (StoreWriter writer = store.writer()) {
            long run = writer.startRun();
            Map<String, String> storyOf = new HashMap<>();
            Map<String, Line> stories = new LinkedHashMap<>();
            int duplicates = 0;
            for (Line line : lines(storiesFile)) {
                String id = line.node().path("id").asText("");
                List<String> members = new ArrayList<>();
                line.node().path("articleIds").forEach(m -> members.add(m.asText()));
                String missing = members.stream().filter(m -> !articles.containsKey(m)).findFirst().orElse(null);
                if (id.isEmpty() || members.isEmpty() || missing != null) {
                    skip(line.source(), id.isEmpty() || members.isEmpty() ? "a story object with no id or no articles"
                            : "story " + id + " names article " + missing + ", which articles.jsonl lacks");
                    continue;
                }
                if (!reports.containsKey(id) || !reports.get(id).articleIds().equals(members)) {
                    skip(line.source(), "story " + id + (reports.containsKey(id)
                            ? "'s report in reports.jsonl names other articles" : " has no report in reports.jsonl"));
                    continue;
                }
                boolean held = false;
                for (String m : members) {
                    held |= storyOf.containsKey(m) || writer.holdsId(m);
                }
                if (held) {
                    duplicates += members.size();
                    continue;
                }
                members.forEach(m -> storyOf.put(m, id));
                stories.put(id, line);
            }
            List<Article> ordered = StoryClusterer.publicationOrder(
                    articles.values().stream().filter(a -> storyOf.containsKey(a.id())).toList());
            Map<String, Integer> left = new HashMap<>();
            storyOf.values().forEach(s -> left.merge(s, 1, Integer::sum));
            int added = 0;
            for (int from = 0; from < ordered.size(); from += settings.batchSize()) {
                List<Article> batch = ordered.subList(from, Math.min(ordered.size(), from + settings.batchSize()));
                List<float[]> vectors = embedder == null ? null : embedder.embedAll(batch);
                List<AddedArticle> rows = new ArrayList<>();
                List<AnalysedStory> complete = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    Article a = batch.get(i);
                    String story = storyOf.get(a.id());
                    rows.add(AnalysedStories.added(a, Murmur3Hash64.hash(normalizer.normalize(a.text())),
                            vectors == null ? null : vectors.get(i), story));
                    if (left.merge(story, -1, Integer::sum) == 0) {
                        StoryReport report = reports.get(story);
                        complete.add(AnalysedStories.of(report, report.articleIds().stream().map(articles::get).toList()));
                    }
                }
                writer.write(run, rows, complete, from == 0 ? duplicates : 0);
                added += rows.size();
                listener.batchDone(rows.size(), from == 0 ? duplicates : 0, writer.articleCount());
            }
            writer.finishRun(run, skipped.size(), stories.size());
            return new IngestSummary(run, added, duplicates, skipped, stories.size(), List.of(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** One JSON object line of a file, with its source ({@code file#N}). */
    private record Line(String source, String text, JsonNode node) {
    }

    private List<Line> lines(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String source = file + "#" + number;
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node != null && node.isObject()) {
                        lines.add(new Line(source, text, node));
                        continue;
                    }
                } catch (IOException e) {
                    // not JSON: skipped below
                }
                skip(source, "not a JSON object");
            }
        }
        return lines;
    }

    private void skip(String source, String reason) {
        SkippedInput s = new SkippedInput(source, reason);
        skipped.add(s);
        listener.skipped(s);
    }
}
