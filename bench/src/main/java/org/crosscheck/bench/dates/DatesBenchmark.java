package org.crosscheck.bench.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.ClaimExtraction;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.SentenceDates;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.TimeMention;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;

/**
 * How many dated expressions resolve right, before and after placing bare months and weekdays by
 * the tense of their clause: a hand-judged list (file, expression as written, its occurrence in
 * the article, the publication date the article gives, the right resolution or {@code none}) is
 * read from {@code dates/judged.tsv} beside this class; every file is extracted as {@code analyze}
 * would, annotated once, and each expression's date by SUTime's nearness (the old reading) and by
 * tense (the new one) is compared with the judgement.
 * <p>
 * {@code DatesBenchmark ROOT SHARED_DATA [--judged TSV | --dump FILE...]}: ROOT is the repository root (for {@code examples/})
 * and the {@code shared/data} folder is found beside it as the other benchmarks find it; file
 * names in the list are {@code examples/...} or {@code extraction-dev/html/<id>.html.gz}.
 * {@code --dump} prints every temporal expression of the given files with both readings, for a
 * reader to judge.
 */
public final class DatesBenchmark {

    private record Judged(String file, String expression, int occurrence, String published, String expected,
                          String group) {
    }

    private record Reading(String published, List<Found> found) {
    }

    private record Found(String text, String sentence, String old, String now) {
    }

    private final Pipeline pipeline = new Pipeline(PipelineSettings.defaults());
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final SentenceDates dates = new SentenceDates();
    private final Path root;
    private final Path shared;

    private DatesBenchmark(Path root, Path shared) {
        this.root = root;
        this.shared = shared;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DatesBenchmark ROOT SHARED_DATA [--dump FILE...]");
            System.exit(2);
        }
        DatesBenchmark bench = new DatesBenchmark(Path.of(args[0]), Path.of(args[1]));
        if (args.length > 2 && args[2].equals("--dump")) {
            for (int i = 3; i < args.length; i++) {
                bench.dump(args[i]);
            }
            return;
        }
        bench.score(judged(args.length > 3 && args[2].equals("--judged") ? Path.of(args[3]) : null));
    }

    /** The judged list: the one beside this class, or {@code file} when given. */
    private static List<Judged> judged(Path file) throws IOException {
        List<Judged> out = new ArrayList<>();
        try (BufferedReader r = file != null ? Files.newBufferedReader(file, StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(
                DatesBenchmark.class.getResourceAsStream("judged.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Judged(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4],
                        f[0].startsWith("examples/") ? "examples" : "extraction-dev"));
            }
        }
        return out;
    }

    private Path path(String file) {
        return file.startsWith("examples/") ? root.resolve(file) : shared.resolve(file);
    }

    /** The article of a file, with every temporal expression and both readings of it. */
    private Reading read(String file) {
        List<Article> articles = new ArrayList<>();
        pipeline.extract(List.of(path(file).toString()), System.in, ArticleSink.of(articles::add, s -> { }));
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article in " + file);
        }
        Article article = articles.get(0);
        ClaimExtraction extraction = extractor.extract(List.of(article), Set.of(article.id()));
        List<Found> found = new ArrayList<>();
        for (AnnotatedSentence s : extraction.sentences().getOrDefault(article.id(), List.of())) {
            List<DateMention> old = dates.byNearness(s);
            List<DateMention> now = dates.byTense(s, article.published());
            for (TimeMention t : s.times()) {
                found.add(new Found(t.text(), s.text(), dateOf(old, t.text()), dateOf(now, t.text())));
            }
        }
        return new Reading(article.published() == null ? "none" : article.published().dateOnly().toString(), found);
    }

    private static String dateOf(List<DateMention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .map(m -> m.date().toString()).orElse("none");
    }

    private void dump(String file) {
        Reading r = read(file);
        System.out.println("== " + file + " published " + r.published());
        for (Found f : r.found()) {
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\t| %s%n", f.text(), f.old(), f.now(),
                    f.sentence().replaceAll("\\s+", " "));
        }
    }

    private void score(List<Judged> judged) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        Map<String, int[]> tally = new LinkedHashMap<>(); // group -> {n, old right, new right}
        for (Judged j : judged) {
            Reading r = readings.computeIfAbsent(j.file(), this::read);
            if (!r.published().equals(j.published())) {
                System.out.println("! " + j.file() + ": published " + r.published() + ", list says " + j.published());
            }
            List<Found> same = r.found().stream().filter(f -> f.text().equals(j.expression())).toList();
            Found f = same.size() >= j.occurrence() ? same.get(j.occurrence() - 1) : null;
            String old = f == null ? "missing" : f.old();
            String now = f == null ? "missing" : f.now();
            boolean oldRight = old.equals(j.expected());
            boolean newRight = now.equals(j.expected());
            for (String g : List.of(j.group(), "all")) {
                int[] t = tally.computeIfAbsent(g, k -> new int[3]);
                t[0]++;
                t[1] += oldRight ? 1 : 0;
                t[2] += newRight ? 1 : 0;
            }
            if (!oldRight || !newRight) {
                System.out.printf(Locale.ROOT, "%-5s %-5s %s \"%s\" #%d published %s: right %s, old %s, new %s%n",
                        oldRight ? "old+" : "old-", newRight ? "new+" : "new-", j.file(), j.expression(),
                        j.occurrence(), j.published(), j.expected(), old, now);
            }
        }
        System.out.println();
        System.out.println("set            | expressions | SUTime nearness (old) | tense (new)");
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            System.out.printf(Locale.ROOT, "%-14s | %11d | %3d  %5.3f        | %3d  %5.3f%n", e.getKey(), t[0],
                    t[1], (double) t[1] / t[0], t[2], (double) t[2] / t[0]);
        }
    }
}
