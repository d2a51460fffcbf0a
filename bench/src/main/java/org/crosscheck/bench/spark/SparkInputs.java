package org.crosscheck.bench.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.bench.corpus.GeneratedArticle;
import org.crosscheck.bench.corpus.NewsStream;
import org.crosscheck.bench.corpus.NewsStreamWriter;
import org.crosscheck.extract.Article;

/**
 * Writes the inputs of {@code bench/spark} as JSON Lines files of {@code perFile} articles each
 * (so that the job has one task per file):
 * <ul>
 *   <li>{@code stream N DIR [perFile] [seed] [perDay]}: the first N articles of bench's seeded news
 *       stream (the one {@code bench/scale} reads), in publication order;</li>
 *   <li>{@code ecbplus ECBDIR N DIR [perFile]}: the first N ECB+ articles (undated), title and text.</li>
 * </ul>
 */
public final class SparkInputs {

    private static final JsonFactory JSON = new JsonFactory();

    private SparkInputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("stream")) {
            int n = Integer.parseInt(args[1].replace("_", ""));
            Path dir = Files.createDirectories(Path.of(args[2]));
            int perFile = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
            long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
            double perDay = args.length > 5 ? Double.parseDouble(args[5]) : 50_000;
            NewsStream stream = new NewsStream(seed, perDay, n);
            int written = 0;
            while (stream.hasNext()) {
                try (OutputStream out = file(dir, "stream", written / perFile)) {
                    for (int i = 0; i < perFile && stream.hasNext(); i++, written++) {
                        GeneratedArticle a = stream.next();
                        NewsStreamWriter.writeJson(a, out);
                    }
                }
            }
            System.err.printf(Locale.ROOT, "spark inputs: %,d stream articles in %s%n", written, dir);
        } else if (args.length >= 4 && args[0].equals("ecbplus")) {
            int n = Integer.parseInt(args[2]);
            Path dir = Files.createDirectories(Path.of(args[3]));
            int perFile = args.length > 4 ? Integer.parseInt(args[4]) : 25;
            List<Article> articles = EcbPlusCorpus.read(Path.of(args[1])).stream().limit(n).map(d -> d.article(true)).toList();
            for (int from = 0; from < articles.size(); from += perFile) {
                try (OutputStream out = file(dir, "ecbplus", from / perFile)) {
                    for (Article a : articles.subList(from, Math.min(articles.size(), from + perFile))) {
                        writeJson(a, out);
                    }
                }
            }
            System.err.printf(Locale.ROOT, "spark inputs: %,d ECB+ articles in %s%n", articles.size(), dir);
        } else {
            System.err.println("usage: SparkInputs stream N DIR [perFile] [seed] [perDay] | ecbplus ECBDIR N DIR [perFile]");
            System.exit(2);
        }
    }

    private static OutputStream file(Path dir, String name, int number) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(dir.resolve(String.format(Locale.ROOT, "%s-%05d.jsonl", name, number))));
    }

    private static void writeJson(Article a, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("language", "en");
            g.writeStringField("text", a.text());
            g.writeEndObject();
        }
        out.write('\n');
    }
}
