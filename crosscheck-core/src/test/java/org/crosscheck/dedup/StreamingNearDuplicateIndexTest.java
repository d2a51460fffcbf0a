package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class StreamingNearDuplicateIndexTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());

    private Fingerprint print(String id, String text) {
        return fingerprinter.fingerprint(new Article(id, id + ".txt", null, null, null, null, null, "en", text));
    }

    private static PartialDate day(int offset) {
        return PartialDate.of(DAY.plusDays(offset));
    }

    private static String story(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append("w").append(random.nextInt(5000)).append(' ');
        }
        return s.toString();
    }

    @Test
    void copiesInsideTheWindowAreFoundAndOlderOnesAreEvicted() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), new DedupWindow(3, 1000));
        assertThat(index.add(print("wire", MinHasherTest.WIRE), day(0))).isEmpty();
        assertThat(index.add(print("copy", MinHasherTest.WIRE + " Follow the Courier."), day(3)))
                .extracting(NearDuplicate::earlierId).containsExactly("wire");
        // day 4: the day-0 original is before the window (4 - 3 = day 1), the day-3 copy is not
        assertThat(index.add(print("late", MinHasherTest.WIRE), day(4)))
                .extracting(NearDuplicate::earlierId).containsExactly("copy");
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.add(print("much later", MinHasherTest.WIRE), day(30))).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aLateArticleDoesNotMatchWhatIsBeforeTheWindowEvenBeforeEviction() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), new DedupWindow(2, 1000));
        index.add(print("new", "unrelated text about a bridge over the canal in Tarnwick town"), day(10));
        index.add(print("old", MinHasherTest.WIRE), day(1)); // late arrival, already outside the window
        assertThat(index.add(print("copy", MinHasherTest.WIRE), day(10))).isEmpty();
    }

    @Test
    void sizeCapEvictsOldestFirst() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), new DedupWindow(1000, 2));
        index.add(print("a", MinHasherTest.WIRE), null);
        index.add(print("b", "a cycling club raised money for a new bridge over the canal last spring"), null);
        index.add(print("c", "the council approved a new budget for its libraries on monday night"), null);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.add(print("d", MinHasherTest.WIRE), null)).isEmpty();
    }

    @Test
    void unboundedIndexMatchesAllPairComparisonOnAStreamOfCopies() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            texts.add(story(random, 20 + random.nextInt(300)));
        }
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
        MinHasher hasher = new MinHasher(DedupSettings.defaults());
        List<Fingerprint> earlier = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String base = texts.get(random.nextInt(texts.size()));
            String[] words = base.split(" ");
            for (int e = random.nextInt(6); e > 0; e--) {
                words[random.nextInt(words.length)] = "edit" + random.nextInt(100);
            }
            Fingerprint f = print("n" + i, String.join(" ", words));
            List<NearDuplicate> found = index.add(f, day(i / 40));
            List<String> expected = new ArrayList<>();
            for (Fingerprint o : earlier) {
                double j = MinHasher.estimateJaccard(f.minHash(), o.minHash());
                if (o.textHash() == f.textHash() || j >= DedupSettings.defaults().nearDuplicate()) {
                    expected.add(o.articleId());
                }
            }
            // LSH may miss a pair only far below the threshold; at >= 0.8 misses are ~1e-6
            assertThat(found).extracting(NearDuplicate::earlierId).containsExactlyInAnyOrderElementsOf(expected);
            earlier.add(f);
        }
    }

    @Test
    void windowedIndexHoldsAFlatNumberOfEntriesOverALongStream() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), new DedupWindow(2, 100_000));
        Random random = new Random(3);
        int most = 0;
        for (int i = 0; i < 3000; i++) {
            index.add(print("n" + i, story(random, 30)), day(i / 100));
            most = Math.max(most, index.size());
        }
        assertThat(most).isEqualTo(300); // three days of 100: the window's days and the current one
        assertThat(index.size()).isEqualTo(300);
    }

    @Test
    void sameStreamGivesSameAnswers() {
        List<List<NearDuplicate>> first = run();
        assertThat(run()).isEqualTo(first);
    }

    private List<List<NearDuplicate>> run() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), new DedupWindow(1, 50));
        Random random = new Random(5);
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            texts.add(story(random, 50));
        }
        List<List<NearDuplicate>> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            out.add(index.add(print("n" + i, texts.get(random.nextInt(10)) + " tail" + random.nextInt(3)),
                    i % 7 == 0 ? null : day(i / 30)));
        }
        return out;
    }
}
