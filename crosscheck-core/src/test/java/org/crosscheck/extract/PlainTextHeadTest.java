package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosscheck.ingest.DocumentHints;
import org.junit.jupiter.api.Test;

/** The head of a plain-text article: title, standfirst, byline, date and site lines in any order. */
class PlainTextHeadTest {

    private static Article text(String fixture) {
        return Fixtures.extract(Fixtures.text(Fixtures.resource(fixture)));
    }

    @Test
    void takesTitleBylineAndDateAndKeepsTheStandfirst() {
        Article a = text("head-title-byline-date.txt");
        assertThat(a.title()).isEqualTo("Ferry strike halts crossings to Skelholm island");
        assertThat(a.byline()).isEqualTo("Ana Ruiz");
        assertThat(a.published()).hasToString("2024-02-18");
        assertThat(a.text()).startsWith("Crews walk out over rota changes as talks collapse for a second time\n\n");
        assertThat(a.text()).doesNotContain("Ferry strike halts", "By Ana Ruiz", "18 February 2024");
    }

    @Test
    void readsADateFirstAndANameWithRoleByline() {
        Article a = text("head-date-first-role-byline.txt");
        assertThat(a.published()).hasToString("2024-02-18");
        assertThat(a.title()).isEqualTo("Ferry strike halts crossings to Skelholm island");
        assertThat(a.byline()).isEqualTo("Ana Ruiz");
        assertThat(a.text()).startsWith("Ferry crossings between").doesNotContain("Transport Correspondent");
    }

    @Test
    void prefersThePublishedLineOverTheUpdatedLineAndReadsTheSiteLine() {
        Article a = text("head-published-updated.txt");
        assertThat(a.published()).hasToString("2024-02-19");
        assertThat(a.site()).isEqualTo("The Skelholm Herald");
        assertThat(a.text()).doesNotContain("Updated", "Published", "Site:");
    }

    @Test
    void takesNoTitleWhenTheFirstLineIsASentence() {
        Article a = text("head-no-title.txt");
        assertThat(a.title()).isNull();
        assertThat(a.byline()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.site()).isNull();
        assertThat(a.text()).startsWith("Ferry crossings between the mainland port");
    }

    @Test
    void joinsWrappedLinesAndKeepsParagraphBreaks() {
        Article a = text("head-title-byline-date.txt");
        String[] paragraphs = a.text().split("\n\n");
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs[1]).isEqualTo("Ferry crossings between the mainland port of Vardo Quay and Skelholm "
                + "island stopped on Sunday after crews walked out in a dispute over new rotas, the operator "
                + "Fjordline Ferries said.");
        assertThat(a.text()).doesNotContain("\n\n\n").doesNotContain("  ");
    }

    @Test
    void hintsWinOverTheHead() {
        Article a = Fixtures.extract(Fixtures.text(Fixtures.resource("head-title-byline-date.txt"),
                new DocumentHints(null, "Hinted title", "Hinted Author", "2024-02-17", null, "en")));
        assertThat(a.title()).isEqualTo("Hinted title");
        assertThat(a.byline()).isEqualTo("Hinted Author");
        assertThat(a.published()).hasToString("2024-02-17");
    }

    @Test
    void takesTheSiteSuffixOffTheTitleLine() {
        Article a = text("title-suffix-comment-form.txt");
        assertThat(a.title()).isEqualTo("Tidal pool at Kessel Point reopens after storm repairs");
    }

    @Test
    void dropsTheCommentFormAtTheEnd() {
        Article a = text("title-suffix-comment-form.txt");
        assertThat(a.text()).endsWith("Council chair Edda Rinholm said the repairs cost 180,000 crowns.")
                .doesNotContain("Please enter", "Leave a Reply", "incorrect email", "Save my name");
    }

    @Test
    void keepsAStatedTextOfAFewWordsButNotSuchAPage() throws ExtractionException {
        Article a = Fixtures.EXTRACTOR.extract(Fixtures.text("Ferry service to Skelholm resumes."));
        assertThat(a.text()).isEqualTo("Ferry service to Skelholm resumes.");
        assertThatThrownBy(() -> Fixtures.EXTRACTOR.extract(
                        Fixtures.html("<html><body><p>Ferry service to Skelholm resumes.</p></body></html>")))
                .isInstanceOf(ExtractionException.class).hasMessage("no article text found");
    }

    @Test
    void detectsTheLanguageOfTheText() {
        assertThat(text("head-title-byline-date.txt").language()).isEqualTo("en");
        assertThat(text("article-es.txt").language()).isEqualTo("es");
    }
}
