package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.dedup.MinHasher;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.dedup.DedupSettings;

class NewsStreamTest {

    private static List<GeneratedArticle> take(long seed, int n) {
        NewsStream stream = new NewsStream(seed, 50_000, n);
        List<GeneratedArticle> out = new ArrayList<>();
        while (stream.hasNext()) {
            out.add(stream.next());
        }
        return out;
    }

    private static final List<GeneratedArticle> STREAM = take(42, 6000);

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        assertThat(take(42, 300)).isEqualTo(STREAM.subList(0, 300));
        assertThat(take(43, 300).get(0).text()).isNotEqualTo(STREAM.get(0).text());
    }

    @Test
    void articlesComeInPublicationOrderWithConsecutiveIds() {
        for (int i = 0; i < STREAM.size(); i++) {
            GeneratedArticle a = STREAM.get(i);
            assertThat(a.index()).isEqualTo(i);
            assertThat(a.id()).isEqualTo(NewsStream.articleId(i));
            if (i > 0) {
                assertThat(a.published()).isGreaterThanOrEqualTo(STREAM.get(i - 1).published());
            }
        }
    }

    @Test
    void lengthsAreNewsLikeWithALongTail() {
        int[] words = STREAM.stream().mapToInt(a -> a.text().split("\\s+").length).sorted().toArray();
        int median = words[words.length / 2];
        assertThat(median).isBetween(300, 500);
        assertThat(words[0]).isGreaterThanOrEqualTo(50);
        assertThat(words[words.length * 99 / 100]).isGreaterThan(2 * median);
    }

    @Test
    void textLooksLikeNewsToATokenizer() {
        String text = STREAM.get(10).text();
        assertThat(text).contains("\n\n").contains(". ").contains(", ");
        assertThat(text).containsPattern("[A-Z][a-z]+ [A-Z][a-z]+"); // names
        assertThat(text).containsPattern("\\d");
        assertThat(text.split("\\s+")).contains("the");
    }

    @Test
    void storiesAreManyWithSingletonsAndBigOnes() {
        Map<Long, Integer> sizes = new HashMap<>();
        STREAM.forEach(a -> sizes.merge(a.story(), 1, Integer::sum));
        long singletons = sizes.values().stream().filter(s -> s == 1).count();
        assertThat(sizes.size()).isGreaterThan(STREAM.size() / 10);
        assertThat(singletons).isGreaterThan(sizes.size() / 5);
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(30);
    }

    @Test
    void wireCopiesAreNearDuplicatesOfAnEarlierReportOfTheirStoryAndRewritesAreNot() {
        Map<String, GeneratedArticle> byId = new HashMap<>();
        MinHasher hasher = new MinHasher(DedupSettings.defaults());
        int copies = 0;
        int nearCopies = 0;
        int rewrites = 0;
        int farRewrites = 0;
        for (GeneratedArticle a : STREAM) {
            if (a.kind() == GeneratedArticle.Kind.WIRE_COPY) {
                GeneratedArticle source = byId.get(a.duplicateOf());
                assertThat(source).isNotNull();
                assertThat(source.story()).isEqualTo(a.story());
                assertThat(source.kind()).isEqualTo(GeneratedArticle.Kind.REPORT);
                copies++;
                if (MinHasher.estimateJaccard(hasher.signature(a.text()), hasher.signature(source.text())) >= 0.8) {
                    nearCopies++;
                }
            } else {
                assertThat(a.duplicateOf()).isNull();
            }
            if (a.kind() == GeneratedArticle.Kind.REWRITE && rewrites < 300) {
                rewrites++;
                boolean far = byId.values().stream().filter(o -> o.story() == a.story())
                        .allMatch(o -> MinHasher.estimateJaccard(hasher.signature(a.text()), hasher.signature(o.text())) < 0.5);
                if (far) {
                    farRewrites++;
                }
            }
            byId.put(a.id(), a);
        }
        assertThat(copies).isGreaterThan(STREAM.size() / 10);
        assertThat(nearCopies).isGreaterThan(copies * 9 / 10);
        assertThat(rewrites).isGreaterThan(100);
        assertThat(farRewrites).isGreaterThan(rewrites * 9 / 10);
    }

    @Test
    void jsonLinesGoThroughIngestUnchanged(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        List<GeneratedArticle> some = STREAM.subList(0, 200);
        some.forEach(a -> NewsStreamWriter.writeJson(a, json));
        Path file = dir.resolve("stream.jsonl");
        Files.write(file, json.toByteArray());
        List<Article> read = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        new Pipeline(PipelineSettings.defaults()).extract(List.of(file.toString()), null, new ArticleSink() {
            @Override
            public void article(Article article) {
                read.add(article);
            }

            @Override
            public void skipped(SkippedInput input) {
                skipped.add(input);
            }
        });
        assertThat(skipped).isEmpty();
        assertThat(read).hasSize(some.size());
        for (int i = 0; i < some.size(); i++) {
            GeneratedArticle g = some.get(i);
            Article a = read.get(i);
            assertThat(a.id()).isEqualTo(g.id());
            assertThat(a.title()).isEqualTo(g.title());
            assertThat(a.site()).isEqualTo(g.site());
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.published().toString()).isEqualTo(g.published());
            // credit lines may be stripped as furniture; the report itself comes through
            assertThat(g.text()).startsWith(a.text().substring(0, Math.min(200, a.text().length())));
        }
    }

    @Test
    void goldLinesNameStoryAndSource() {
        java.io.StringWriter out = new java.io.StringWriter();
        GeneratedArticle copy = STREAM.stream().filter(a -> a.duplicateOf() != null).findFirst().orElseThrow();
        NewsStreamWriter.writeGold(copy, out);
        assertThat(out.toString()).isEqualTo(copy.id() + "\t" + copy.story() + "\t" + copy.duplicateOf() + "\twire_copy\n");
    }

    @Test
    void vocabularyIsZipfLike() {
        NewsVocabulary v = new NewsVocabulary(60_000, 1.05);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        int[] counts = new int[v.size()];
        for (int i = 0; i < 200_000; i++) {
            counts[v.zipfRank(r)]++;
        }
        assertThat(v.word(0)).isEqualTo("the");
        double ratio = (double) counts[0] / counts[9];
        assertThat(ratio).isBetween(8.0, 14.0); // (10/1)^1.05 = 11.2
        Set<String> distinct = new HashSet<>(Arrays.asList(new String[0]));
        for (int i = 0; i < 1000; i++) {
            distinct.add(v.word(i));
        }
        assertThat(distinct).hasSize(1000);
        assertThat(new String(v.word(500).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).matches("[a-z]+");
    }
}
