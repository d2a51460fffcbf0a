package org.crosscheck.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.golden.GoldenSet;
import org.crosscheck.language.SentenceEmbedder;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.crosscheck.align.AlignmentSettings;

/**
 * The verify gate: invented statements (golden/verify/statements.tsv) checked against two
 * invented source articles, each labelled supported, conflicting or unsupported. The score is the
 * balanced accuracy: the mean over the three verdicts of the share of its statements given it.
 */
class VerifyGateTest {

    @Test
    void verificationStaysAboveItsFloor() {
        GoldenSet golden = GoldenSet.of("verify");
        StatementVerifier verifier = new StatementVerifier(new ClaimExtractor(), new SentenceEmbedder(),
                new WordNetLexicon(), VerifySettings.defaults(), AlignmentSettings.defaults());
        Map<Verdict, int[]> byLabel = new EnumMap<>(Verdict.class); // {right, total}
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String[] row : golden.rows("statements.tsv")) {
            Verdict label = Verdict.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
            List<Article> sources = new ArrayList<>();
            for (String file : row[1].split(",")) {
                sources.add(source(golden, file.strip()));
            }
            Verdict got = verifier.verify(new VerifyJob("g" + n++, row[2], sources)).verdict();
            int[] counts = byLabel.computeIfAbsent(label, l -> new int[2]);
            counts[1]++;
            if (got == label) {
                counts[0]++;
            } else {
                wrong.add(row[0] + " read " + got.jsonName() + ": " + row[2]);
            }
        }
        double balanced = byLabel.values().stream().mapToDouble(c -> c[0] / (double) c[1]).average().orElse(0);
        golden.assertAtFloor("balancedAccuracy", balanced, String.join("; ", wrong));
    }

    private static Article source(GoldenSet golden, String file) {
        String text = golden.text(file);
        String[] titleAndBody = text.split("\n\n", 2);
        return new Article(file, file, null, titleAndBody[0].strip(), null, PartialDate.parseIso("2025-04-08").orElseThrow(),
                "Invented Coast News", "en", titleAndBody[1].strip());
    }
}
