package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.golden.GoldenSet;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.crosscheck.dedup.DedupSettings;

/**
 * The rewrite gate: pairs of invented articles (golden/provenance/rewrite-pairs.tsv), the later
 * either retelling the earlier in its own words or reporting the same event independently. A pair
 * is read as a rewrite when the tracer links the later article to the earlier; accuracy against
 * the labels.
 */
class RewriteGateTest {

    @Test
    void rewriteDetectionStaysAboveItsFloor() {
        GoldenSet golden = GoldenSet.of("provenance");
        ProvenanceTracer tracer = new ProvenanceTracer(ProvenanceSettings.defaults(), DedupSettings.defaults());
        int right = 0;
        int pairs = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : golden.rows("rewrite-pairs.tsv")) {
            boolean rewrite = row[0].equals("rewrite");
            Article earlier = article(row[1] + "-a", "2025-03-14", row[2]);
            Article later = article(row[1] + "-b", "2025-03-15", row[3]);
            boolean linked = tracer.trace(List.of(earlier, later)).stream()
                    .anyMatch(l -> l.from().equals(earlier.id()) && l.to().equals(later.id()));
            pairs++;
            if (linked == rewrite) {
                right++;
            } else {
                wrong.add((rewrite ? "missed rewrite " : "false rewrite ") + row[1]);
            }
        }
        golden.assertAtFloor("accuracy", right / (double) pairs, String.join("; ", wrong));
    }

    private static Article article(String id, String date, String text) {
        return new Article(id, id + ".txt", null, null, null, PartialDate.parseIso(date).orElseThrow(), null, "en",
                text.replace(" ¶ ", "\n\n"));
    }
}
