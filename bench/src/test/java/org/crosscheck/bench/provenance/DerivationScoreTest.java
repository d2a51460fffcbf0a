package org.crosscheck.bench.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.bench.corpus.DerivationCases;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

class DerivationScoreTest {

    private static Article a(String id) {
        return new Article(id, id, null, null, null, null, null, "en", "text");
    }

    private static DerivationCases.Case gold(String id, String kind, DerivationCases.Direction direction) {
        return new DerivationCases.Case(id, DerivationCases.Recipe.LIGHT_EDIT, false, a(id + "-s"), a(id + "-d"), kind, direction);
    }

    @Test
    void aLinkCountsOnlyWithTheRightKindAndDirection() {
        DerivationScore s = new DerivationScore();
        s.add(gold("1", "rewrite", DerivationCases.Direction.SOURCE_FIRST), new DerivationScore.Predicted("rewrite", "1-s", false));
        s.add(gold("2", "rewrite", DerivationCases.Direction.SOURCE_FIRST), new DerivationScore.Predicted("rewrite", "2-d", false));
        s.add(gold("3", "duplicate", DerivationCases.Direction.UNDECIDED), new DerivationScore.Predicted("duplicate", "3-d", true));
        s.add(gold("4", "partial", DerivationCases.Direction.UNDECIDED), new DerivationScore.Predicted("partial", "4-s", false));
        s.add(gold("5", null, null), new DerivationScore.Predicted("partial", "5-s", true));
        s.add(gold("6", "rewrite", DerivationCases.Direction.SOURCE_FIRST), DerivationScore.Predicted.NONE);
        s.add(gold("7", null, null), DerivationScore.Predicted.NONE);
        // right: 1 and 3; predicted 5 links, gold 5 links
        assertThat(s.precision()).isEqualTo(2.0 / 5);
        assertThat(s.recall()).isEqualTo(2.0 / 5);
        assertThat(s.f1()).isEqualTo(0.4);
        assertThat(s.lastRight()).isTrue();
        assertThat(s.summary()).contains("micro F1 0.400").contains("rewrite P 1.00 R 0.67");
    }

    private static DerivationCases.Case of(String id, DerivationCases.Recipe recipe, String kind, DerivationCases.Direction direction) {
        return new DerivationCases.Case(id, recipe, true, a(id + "-s"), a(id + "-d"), kind, direction);
    }

    @Test
    void rewriteLinksCountParaphrasesFoundAgainstAnyLinkOnIndependentReports() {
        DerivationScore s = new DerivationScore();
        var paraphrase = DerivationCases.Recipe.PARAPHRASE;
        var independent = DerivationCases.Recipe.INDEPENDENT;
        s.add(of("1", paraphrase, "rewrite", DerivationCases.Direction.SOURCE_FIRST), new DerivationScore.Predicted("rewrite", "1-s", false));
        s.add(of("2", paraphrase, "rewrite", DerivationCases.Direction.SOURCE_FIRST), new DerivationScore.Predicted("rewrite", "2-d", false));
        s.add(of("3", paraphrase, "rewrite", DerivationCases.Direction.SOURCE_FIRST), new DerivationScore.Predicted("partial", "3-s", false));
        s.add(of("4", paraphrase, "rewrite", DerivationCases.Direction.UNDECIDED), DerivationScore.Predicted.NONE);
        s.add(of("5", independent, null, null), new DerivationScore.Predicted("partial", "5-s", true));
        s.add(of("6", independent, null, null), DerivationScore.Predicted.NONE);
        s.add(of("7", DerivationCases.Recipe.SYNONYMS, "rewrite", DerivationCases.Direction.UNDECIDED), DerivationScore.Predicted.NONE);
        // 2 rewrite links found of 4 paraphrases, 1 false link on 2 independent pairs: F1 = 2*2 / (3 + 4)
        assertThat(s.rewriteLinkF1()).isEqualTo(4.0 / 7);
        assertThat(s.falseLinkRate()).isEqualTo(0.5);
        assertThat(s.rewriteSummary()).contains("found 2 of 4").contains("direction right 1 of 2 dated").contains("false links 1 of 2");
    }
}
