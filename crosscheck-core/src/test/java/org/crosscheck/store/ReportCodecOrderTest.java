package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A story's report is written the same way in every run: its maps by article id in id order, not
 * in the hash order of the JVM that made them (which differs from one JVM to the next).
 */
class ReportCodecOrderTest {

    @Test
    void writesBorrowedDatesAndCutsInArticleIdOrder() throws Exception {
        Map<String, PartialDate> borrowed = new LinkedHashMap<>();
        Map<String, SentenceCut> cut = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 24; i >= 0; i--) {
            String id = String.format("ostmark-gazette-%02d", i);
            ids.add(id);
            borrowed.put(id, PartialDate.parseIso("2025-04-" + String.format("%02d", i + 1)).orElseThrow());
            cut.put(id, new SentenceCut(1000, 150_000 - i));
        }
        StoryReport report = new StoryReport("s1", "Ferry strike in Ostmark", ids, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), borrowed, List.of(), false, cut);

        String written = ReportCodec.write(report);

        assertThat(positions(written.substring(written.indexOf("\"borrowedDates\"")), ids)).isSorted();
        assertThat(positions(written.substring(written.indexOf("\"cutArticles\"")), ids)).isSorted();
        assertThat(ReportCodec.read(written)).isEqualTo(report);
    }

    /** Where each id, in id order, first appears in the text. */
    private static List<Integer> positions(String text, List<String> ids) {
        return ids.stream().sorted().map(id -> text.indexOf("\"" + id + "\"")).toList();
    }
}
