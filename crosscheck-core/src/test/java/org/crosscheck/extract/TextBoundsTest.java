package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the per-sentence steps are handed: overlong tokens cut, overlong sentences broken, prose untouched. */
class TextBoundsTest {

    private static final String PROSE = """
            The Brask county council approved the new bridge on Monday. Work starts in May.

            A spokesperson, Ilse Varn, said the cost was 4.2 million crowns.""";

    @Test
    void ordinaryProseIsReturnedUnchanged() {
        assertThat(TextBounds.bound(PROSE)).isSameAs(PROSE);
        assertThat(TextBounds.bound(null)).isNull();
    }

    @Test
    void aRunOfDashesInsideAWordIsCutToTheTokenLimit() {
        String text = "The storm hit Brask on Monday. It was a long" + "-".repeat(320_000) + "night for everyone.";
        String bounded = TextBounds.bound(text);
        assertThat(bounded).startsWith("The storm hit Brask on Monday. It was a long");
        assertThat(bounded.length()).isLessThan(300);
        assertThat(bounded).doesNotContain("-".repeat(TextBounds.MAX_TOKEN_CHARS));
        assertThat(TextBounds.bound(bounded)).isEqualTo(bounded);
    }

    @Test
    void aSentenceWithoutAnEndIsBrokenAtASpaceBeforeTheLimit() {
        String text = "ferry boats sail on " .repeat(2_000);
        String bounded = TextBounds.bound(text);
        assertThat(bounded.replace("\n\n", " ")).isEqualTo(text);
        for (String part : bounded.split("\n\n")) {
            assertThat(part.length()).isLessThanOrEqualTo(TextBounds.MAX_SENTENCE_CHARS);
            assertThat(part).doesNotStartWith(" ").startsWith("ferry");
        }
        assertThat(TextBounds.bound(bounded)).isEqualTo(bounded);
    }

    @Test
    void anArticleHoldsItsTextAndTitleToTheBounds() {
        String word = "x".repeat(50_000);
        Article a = new Article("a", "a.txt", null, "Title " + word, null, null, null, "en", "Text " + word + " end.");
        assertThat(a.text()).isEqualTo("Text " + "x".repeat(TextBounds.MAX_TOKEN_CHARS) + " end.");
        assertThat(a.title()).hasSize(6 + TextBounds.MAX_TOKEN_CHARS);
    }
}
