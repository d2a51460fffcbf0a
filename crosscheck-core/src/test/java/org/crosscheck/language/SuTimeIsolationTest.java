package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** A sentence's dates do not depend on what was annotated before it, on this thread or another. */
class SuTimeIsolationTest {

    /** A Monday: "Thursday" with no cue is the coming one, 2025-06-12; near a past verb, 2025-06-05. */
    private static final PartialDate MONDAY = PartialDate.of(LocalDate.of(2025, 6, 9));

    private static List<String> dates(CoreNlpAnnotator annotator, String text) {
        return annotator.annotate(text, MONDAY).stream()
                .flatMap(s -> s.times().stream())
                .map(TimeMention::value)
                .toList();
    }

    @Test
    void aPastTenseCueInAnEarlierSentenceDoesNotMoveALaterDay() {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        assertThat(dates(annotator, "The board voted on Thursday.")).containsExactly("2025-06-05");
        assertThat(dates(annotator, "The hearing is on Thursday.")).containsExactly("2025-06-12");
        assertThat(dates(new CoreNlpAnnotator(), "The inquiry opens on Thursday.")).containsExactly("2025-06-12");
        assertThat(dates(annotator, "The board voted on Thursday again.")).containsExactly("2025-06-05");
    }

    @Test
    void aFutureCueDoesNotMoveALaterDayEither() {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<String> before = dates(new CoreNlpAnnotator(), "Crews inspected the pier on Saturday.");
        dates(annotator, "The council will meet on Saturday.");
        assertThat(dates(annotator, "Crews inspected the pier on Saturday.")).isEqualTo(before);
    }

    @Test
    void threadsAnnotatingSideBySideReadTheSameDatesAsOneThread() throws Exception {
        int n = 40;
        List<String> past = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            past.add("Delegation " + i + " voted on Thursday.");
            plain.add("Hearing " + i + " is on Thursday.");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<List<String>>> cued = pool.submit(() -> annotateEach(past));
            Future<List<List<String>>> uncued = pool.submit(() -> annotateEach(plain));
            assertThat(cued.get()).containsOnly(List.of("2025-06-05"));
            assertThat(uncued.get()).containsOnly(List.of("2025-06-12"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void optionsCompareByEveryField() throws Exception {
        java.util.Properties rules = new java.util.Properties();
        rules.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt");
        java.util.Properties ranges = new java.util.Properties(rules);
        ranges.setProperty("sutime.markTimeRanges", "true");
        edu.stanford.nlp.time.Options a = new edu.stanford.nlp.time.Options("sutime", rules);
        assertThat(SuTimeIsolation.sameOptions(a, new edu.stanford.nlp.time.Options("sutime", rules))).isTrue();
        assertThat(SuTimeIsolation.sameOptions(a, new edu.stanford.nlp.time.Options("sutime", ranges))).isFalse();
    }

    private static List<List<String>> annotateEach(List<String> sentences) {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<List<String>> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(dates(annotator, s));
        }
        return out;
    }
}
