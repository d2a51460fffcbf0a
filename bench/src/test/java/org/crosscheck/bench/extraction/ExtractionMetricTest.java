package org.crosscheck.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crosscheck.bench.extraction.ExtractionMetric.PageScore;
import org.crosscheck.bench.extraction.ExtractionMetric.Summary;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

    private final ExtractionMetric metric = new ExtractionMetric();

    @Test
    void tokensAreWordRunsWherePunctuationAndCombiningMarksSplit() {
        assertThat(ExtractionMetric.tokens("Don't stop_me, 3.5 km!")).containsExactly("Don", "t", "stop_me", "3", "5", "km");
        // U+0301 COMBINING ACUTE ACCENT is Mn: not \w in Python, so "cafe\u0301s" is two tokens
        assertThat(ExtractionMetric.tokens("cafe\u0301s bar")).containsExactly("cafe", "s", "bar");
        // precomposed é is a letter; ① and ½ are numbers (No), so str.isalnum() holds for them
        assertThat(ExtractionMetric.tokens("café ①½ — x")).containsExactly("café", "①½", "x");
        // a supplementary-plane letter (U+1D400 MATHEMATICAL BOLD CAPITAL A) stays inside its token
        assertThat(ExtractionMetric.tokens("a\uD835\uDC00b")).containsExactly("a\uD835\uDC00b");
    }

    @Test
    void missingTailShingleCostsHalfTheRecall() {
        // truth: [a b c d] [b c d e]; prediction: [a b c d] -> tp 1, fp 0, fn 1, normalised by 2
        PageScore s = metric.page("a b c d e", "a b c d");
        assertThat(s.tp()).isEqualTo(0.5);
        assertThat(s.fp()).isZero();
        assertThat(s.fn()).isEqualTo(0.5);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.exact()).isFalse();
    }

    @Test
    void shortTextsGiveOneShorterShingle() {
        // "one two" -> one 2-token shingle; "one two three" -> one 3-token shingle: nothing shared
        PageScore miss = metric.page("one two", "one two three");
        assertThat(List.of(miss.tp(), miss.fp(), miss.fn())).containsExactly(0.0, 0.5, 0.5);
        PageScore hit = metric.page("one two", "One... one two!");
        assertThat(hit.tp()).isZero(); // case kept, and 3 tokens form a different shingle
        PageScore same = metric.page("one, two", "one two");
        assertThat(List.of(same.tp(), same.fp(), same.fn())).containsExactly(1.0, 0.0, 0.0);
        assertThat(same.exact()).isTrue();
    }

    @Test
    void shinglesAreCountedAsAMultiset() {
        // truth "x x x x x" has the shingle "x x x x" twice; the prediction has it once
        PageScore s = metric.page("x x x x x", "x x x x");
        assertThat(List.of(s.tp(), s.fp(), s.fn())).containsExactly(0.5, 0.0, 0.5);
        PageScore extra = metric.page("x x x x", "x x x x x x");
        assertThat(List.of(extra.tp(), extra.fp(), extra.fn())).containsExactly(1 / 3.0, 2 / 3.0, 0.0);
    }

    @Test
    void emptyPredictionLowersRecallButNotPrecision() {
        PageScore empty = metric.page("a b c d e", "");
        assertThat(List.of(empty.tp(), empty.fp(), empty.fn())).containsExactly(0.0, 0.0, 1.0);
        PageScore half = metric.page("a b c d e", "a b c d");
        Summary sum = metric.summarise(List.of(half, empty));
        // precision over the one page with tp + fp > 0: 1; recall (0.5 + 0) / 2 = 0.25
        assertThat(sum.precision()).isEqualTo(1.0);
        assertThat(sum.recall()).isEqualTo(0.25);
        assertThat(sum.f1()).isCloseTo(2 * 1.0 * 0.25 / 1.25, within(1e-12)); // 0.4, not mean per-page F1
        assertThat(sum.accuracy()).isZero();
    }

    @Test
    void accuracyCountsExactTokenListsAndSpreadIsRepeatable() {
        PageScore exact = metric.page("Hello, world.", "Hello world");
        PageScore wrong = metric.page("a b c d e f", "a b c d x y");
        Summary sum = metric.summarise(List.of(exact, wrong, exact, exact));
        assertThat(sum.accuracy()).isEqualTo(0.75);
        assertThat(sum.f1Spread()).isPositive().isEqualTo(metric.summarise(List.of(exact, wrong, exact, exact)).f1Spread());
        assertThat(metric.summarise(List.of(exact, exact, exact)).f1Spread()).isZero();
    }
}
