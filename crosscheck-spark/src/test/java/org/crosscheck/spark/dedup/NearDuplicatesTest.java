package org.crosscheck.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.dedup.Fingerprint;
import org.crosscheck.dedup.Fingerprinter;
import org.crosscheck.dedup.NearDuplicate;
import org.crosscheck.dedup.NearDuplicateIndex;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

/** The banded Spark near-duplicates against the single-machine index on the same fingerprints. */
class NearDuplicatesTest {

    private static final String REPORT = "The council of Vennick approved the harbour budget on Monday after a long debate. "
            + "Councillor Aldra Hesk said the new breakwater would protect forty fishing boats from winter storms. "
            + "Work on the breakwater will begin in March and is expected to take two years, the harbour office said. "
            + "The budget also pays for a new ferry ramp at the north pier and for repairs to the old lighthouse. "
            + "Opponents said the plan would raise mooring fees for small boat owners by a third. "
            + "The harbour master, Tomas Reule, said the fees had not changed in eleven years and would stay below those of nearby ports.";

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, "Harbour budget", null, null, null, "en", text);
    }

    @Test
    void findsThePairsTheIndexFindsWithTheirGroups() {
        Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
        List<Fingerprint> fingerprints = List.of(
                fingerprinter.fingerprint(article("wire", REPORT)),
                fingerprinter.fingerprint(article("unrelated", "The Orlen valley heatwave warning was lifted on Sunday as "
                        + "temperatures fell below thirty degrees for the first time in nine days, forecasters said.")),
                fingerprinter.fingerprint(article("copy", REPORT)),
                fingerprinter.fingerprint(article("edited", REPORT.replace("forty fishing boats", "forty-two fishing boats")
                        + " The vote was seven to four.")),
                fingerprinter.fingerprint(article("other-copy", "The Orlen valley heatwave warning was lifted on Sunday as "
                        + "temperatures fell below thirty degrees for the first time in nine days, forecasters said.")));
        DedupSettings settings = DedupSettings.defaults();
        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        List<NearDuplicate> expected = new ArrayList<>();
        fingerprints.forEach(f -> expected.addAll(index.add(f)));

        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        List<scala.Tuple2<Long, Fingerprint>> numbered = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            numbered.add(new scala.Tuple2<>((long) i, fingerprints.get(i)));
        }
        List<NearDuplicates.Found> found = NearDuplicates.find(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelizePairs(numbered, 2), settings);

        assertThat(expected).extracting(NearDuplicate::exact).contains(true, false);
        assertThat(found).extracting(NearDuplicates.Found::pair).containsExactlyInAnyOrderElementsOf(expected);
        Map<String, String> groups = found.stream().collect(Collectors.toMap(f -> f.pair().articleId(), NearDuplicates.Found::group, (a, b) -> a));
        assertThat(groups).containsEntry("copy", "wire").containsEntry("edited", "wire").containsEntry("other-copy", "unrelated");
    }

    @Test
    void findsEveryPairOfAManyArticleInputSpreadOverPartitions() {
        checkGenerated(false);
    }

    @Test
    void findsEveryPairWhenThePartitionsHoldNumbersOutOfOrder() {
        checkGenerated(true); // no ranges by partition: the fingerprints are held under a hash partitioner
    }

    /** 300 generated articles, a quarter of them copies of an earlier one with a word or two changed. */
    private static void checkGenerated(boolean shuffled) {
        java.util.Random random = new java.util.Random(7);
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + Integer.toString(i * 7919 % 100_003, 36) + (char) ('a' + i % 26);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            if (i > 10 && random.nextInt(4) == 0) {
                String[] copy = texts.get(random.nextInt(texts.size())).split(" ");
                for (int e = random.nextInt(3); e > 0; e--) {
                    copy[random.nextInt(copy.length)] = words[random.nextInt(words.length)];
                }
                texts.add(String.join(" ", copy));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60 + random.nextInt(60); w++) {
                text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            texts.add(text.toString().strip());
        }
        DedupSettings settings = DedupSettings.defaults();
        Fingerprinter fingerprinter = new Fingerprinter(settings);
        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        List<NearDuplicate> expected = new ArrayList<>();
        List<scala.Tuple2<Long, Fingerprint>> numbered = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Fingerprint f = fingerprinter.fingerprint(article("a" + i, texts.get(i)));
            expected.addAll(index.add(f));
            numbered.add(new scala.Tuple2<>((long) i, f));
        }
        if (shuffled) {
            java.util.Collections.shuffle(numbered, new java.util.Random(11));
        }

        SparkSession spark = SparkSession.builder().master("local[2]").appName("crosscheck-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        List<NearDuplicates.Found> found = NearDuplicates.find(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelizePairs(numbered, 5), settings);

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(expected).extracting(NearDuplicate::exact).contains(true, false);
        assertThat(found).extracting(NearDuplicates.Found::pair).containsExactlyElementsOf(expected.stream()
                .sorted(java.util.Comparator.comparingInt((NearDuplicate p) -> Integer.parseInt(p.articleId().substring(1)))
                        .thenComparingInt(p -> Integer.parseInt(p.earlierId().substring(1))))
                .toList());
    }
}
