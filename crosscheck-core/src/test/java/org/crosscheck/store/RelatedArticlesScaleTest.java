package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long choosing the articles a statement is checked against takes on a large store: the
 * store holds {@code crosscheck.related.articles} generated articles (three per event), and 200
 * statements about different events each get their 5 best articles read back. Runs only when
 * the count is given; prints the median, 99th percentile and worst time to
 * {@code target/benchmarks/related.txt}.
 */
@EnabledIfSystemProperty(named = "crosscheck.related.articles", matches = "\\d+")
class RelatedArticlesScaleTest {

    @TempDir
    Path dir;

    @Test
    void choosesTheArticlesOfAStatementQuicklyInALargeStore() throws Exception {
        int topics = Math.max(1, Integer.parseInt(System.getProperty("crosscheck.related.articles")) / 3);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            SqliteStoreTest.ingest(store, GeneratedArticles.articles(topics, 0, 3), 500);
            long[] micros = new long[200];
            for (int i = 0; i < micros.length; i++) {
                int t = (i * 37) % topics;
                String statement = GeneratedArticles.person(t) + " said the " + GeneratedArticles.place(t) + " "
                        + GeneratedArticles.thing(t) + " would stay shut.";
                long start = System.nanoTime();
                List<Article> found = store.relatedArticles(statement, null, 5).orElseThrow();
                micros[i] = (System.nanoTime() - start) / 1000;
                assertThat(found).hasSize(5);
            }
            Arrays.sort(micros);
            String line = "relatedArticles over " + store.counts().articles() + " articles, 5 read, 200 statements: median "
                    + micros[100] / 1000.0 + " ms, p99 " + micros[197] / 1000.0 + " ms, worst " + micros[199] / 1000.0 + " ms";
            System.out.println(line);
            Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("related.txt");
            Files.writeString(out, line + "\n");
        }
    }
}
