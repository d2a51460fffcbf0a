package org.crosscheck.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.golden.GoldenSet;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.provenance.WitnessGroups;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The conflict gate: pairs of invented reports of one event (golden/align/conflict-pairs.tsv),
 * each pair aligned as a story of two articles; a pair is found in conflict when the aligner
 * reports any conflict between them. Precision and recall of "conflict" against the labels.
 */
class ConflictGateTest {

    private static final PartialDate SUNDAY = PartialDate.of(LocalDate.of(2025, 3, 16));

    @Test
    void conflictDetectionStaysAboveItsFloors() {
        GoldenSet golden = GoldenSet.of("align");
        ClaimExtractor extractor = new ClaimExtractor();
        ClaimAligner aligner = new ClaimAligner(new SentenceEmbedder(), new WordNetLexicon(), AlignmentSettings.defaults());
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : golden.rows("conflict-pairs.tsv")) {
            boolean labelled = row[0].equals("conflict");
            List<Article> articles = List.of(article("outlet-a", row[2]), article("outlet-b", row[3]));
            List<Claim> claims = extractor.extract(articles).claims();
            boolean found = !aligner.align(claims, WitnessGroups.of(List.of("outlet-a", "outlet-b"), List.of()))
                    .conflicts().isEmpty();
            if (found && labelled) {
                truePositives++;
            } else if (found) {
                falsePositives++;
                wrong.add("false conflict (" + row[1] + "): " + row[3]);
            } else if (labelled) {
                falseNegatives++;
                wrong.add("missed " + row[1] + ": " + row[3]);
            }
        }
        double precision = truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        String detail = String.join("; ", wrong);
        golden.assertAtFloor("precision", precision, detail);
        golden.assertAtFloor("recall", recall, detail);
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, null, null, SUNDAY, id, "en", text);
    }
}
