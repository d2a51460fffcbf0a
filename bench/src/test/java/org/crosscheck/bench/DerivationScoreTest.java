package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
