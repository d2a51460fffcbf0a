package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.report.StoryReport;
import org.junit.jupiter.api.Test;

/** The store keeps where the claims stage stopped reading a long article, and reads reports stored before it did. */
class ReportCodecCutTest {

    @Test
    void keepsTheCutOfALongArticle() throws Exception {
        StoryReport report = new StoryReport("s1", "Floods in Varnholt", List.of("long"), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), List.of(), false, Map.of("long", new SentenceCut(1000, 181_234)));

        StoryReport read = ReportCodec.read(ReportCodec.write(report));

        assertThat(read.cutArticles()).containsExactlyEntriesOf(Map.of("long", new SentenceCut(1000, 181_234)));
        assertThat(read).isEqualTo(report);
    }

    @Test
    void readsAReportStoredWithoutTheField() throws Exception {
        StoryReport report = new StoryReport("s1", "Floods in Varnholt", List.of("short"), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), List.of(), false);
        String stored = ReportCodec.write(report).replace(",\"cutArticles\":{}", "");

        assertThat(stored).doesNotContain("cutArticles");
        assertThat(ReportCodec.read(stored).cutArticles()).isEmpty();
    }
}
