package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML cascade: structured markup, DOM scoring, baseline rescue; paragraphs; odd and empty pages. */
class HtmlMainTextTest {

    private static final String PARAGRAPH = "<p>The island council said on Thursday that the harbour wall, damaged in "
            + "the January storms, would be repaired before the summer ferries begin, at a cost of about two million euros.</p>";

    private static MainTextExtractor.MainText mainText(String html) {
        ExtractionSettings settings = ExtractionSettings.defaults();
        Document page = Jsoup.parse(html);
        PageMetadata meta = new MetadataExtractor().extract(page, null);
        new PageCleaner(settings).clean(page);
        return new MainTextExtractor(settings).extract(page, Optional.ofNullable(meta.jsonLdBody()));
    }

    @Test
    void takesJsonLdArticleBodyWhenTheMarkupHoldsNoText() {
        String html = Fixtures.resource("jsonld-body.html");
        assertThat(mainText(html).strategy()).isEqualTo("json-ld");
        Article a = Fixtures.extract(Fixtures.html(html));
        assertThat(a.title()).isEqualTo("Skelholm lighthouse relit after 40 years");
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).startsWith("The lighthouse on the northern tip").doesNotContain("Loading");
    }

    @Test
    void prefersItempropArticleBodyOverTheWholeArticle() {
        String html = "<html><body><article><div class=\"kicker\">" + PARAGRAPH.replace("harbour wall", "kicker wall")
                + "</div><div itemprop=\"articleBody\">" + PARAGRAPH + PARAGRAPH.replace("January", "March")
                + "</div></article></body></html>";
        MainTextExtractor.MainText main = mainText(html);
        assertThat(main.strategy()).isEqualTo("itemprop");
        assertThat(String.join(" ", main.blocks())).doesNotContain("kicker wall");
    }

    @Test
    void picksTheLongestPlausibleArticleAndSkipsLinkListArticles() {
        String links = "<article><ul>" + "<li><a href=\"/x\">A headline about the island ferry that links away</a></li>".repeat(8)
                + "</ul></article>";
        String html = "<html><body>" + links + "<article><p>Teaser only.</p></article><article>" + PARAGRAPH
                + PARAGRAPH.replace("January", "February") + "</article></body></html>";
        MainTextExtractor.MainText main = mainText(html);
        assertThat(main.strategy()).isEqualTo("article");
        assertThat(main.blocks()).hasSize(2).noneMatch(b -> b.contains("links away"));
    }

    @Test
    void scoresContainersWhenThereIsNoStructuredMarkup() {
        String html = Fixtures.resource("scoring-page.html");
        assertThat(mainText(html).strategy()).isEqualTo("scoring");
        Article a = Fixtures.extract(Fixtures.html(html));
        assertThat(a.text()).startsWith("The primary school on Skelholm will reopen")
                .contains("\n\nTeachers wanted\n\n")
                .contains("\n\nNineteen pupils expected in the first year\n\nTwo teachers and one classroom assistant\n\n")
                .contains("\n\n\"We never thought we would see the school bell ring again,\" said parent Ylva Brandt.\n\n")
                .endsWith("handed to the council last spring.")
                .doesNotContain("Ferry strike enters", "Home", "Weather");
    }

    @Test
    void rescuesWithTheBaselineWhenTheStructuredPickUnderDelivers() {
        String html = "<html><body><article><p>" + "Short teaser about the harbour wall repairs. ".repeat(6)
                + "</p></article><div>" + PARAGRAPH.repeat(1) + PARAGRAPH.replace("January", "February")
                + PARAGRAPH.replace("January", "March") + PARAGRAPH.replace("January", "April") + "</div></body></html>";
        assertThat(mainText(html).strategy()).isEqualTo("baseline");
    }

    @Test
    void keepsParagraphBreaksFromDoubleLineBreaksAndCollapsesWhitespace() {
        String html = "<html><body><article><div>The first   paragraph of the   report runs here, with enough words in it."
                + "<br><br>The second paragraph\n   follows after two breaks, and it also has enough words."
                + "<br>This line continues it after a single break, as wrapped text.</div>" + PARAGRAPH
                + "</article></body></html>";
        Article a = Fixtures.extract(Fixtures.html(html));
        assertThat(a.text().split("\n\n")).containsExactly(
                "The first paragraph of the report runs here, with enough words in it.",
                "The second paragraph follows after two breaks, and it also has enough words. This line continues it "
                        + "after a single break, as wrapped text.",
                PARAGRAPH.replace("<p>", "").replace("</p>", ""));
    }

    @Test
    void dropsHiddenElementsAndCaptions() {
        String html = "<html><body><article>" + PARAGRAPH + "<p style=\"display: none\">Hidden promo text that nobody sees on the page.</p>"
                + "<div class=\"image-caption\">The harbour wall after the storm, seen from the ferry.</div>"
                + "<figure><img src=\"x.jpg\"><figcaption>The wall in January.</figcaption></figure>"
                + PARAGRAPH.replace("January", "February") + "</article></body></html>";
        Article a = Fixtures.extract(Fixtures.html(html));
        assertThat(a.text()).doesNotContain("Hidden promo", "seen from the ferry", "The wall in January");
        assertThat(a.text().split("\n\n")).hasSize(2);
    }

    @Test
    void throwsNoArticleTextFoundForAnEmptyPage() {
        assertThatThrownBy(() -> Fixtures.EXTRACTOR.extract(Fixtures.html("<html><head><title>x</title></head><body></body></html>")))
                .isInstanceOf(ExtractionException.class).hasMessage("no article text found");
    }

    @Test
    void throwsNoArticleTextFoundForAPageOfFurnitureOnly() {
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><p>Advertisement</p><p>Share this article</p>"
                + "<p>Leave a comment</p><p>Back to top</p></body></html>";
        assertThatThrownBy(() -> Fixtures.EXTRACTOR.extract(Fixtures.html(html)))
                .isInstanceOf(ExtractionException.class).hasMessage("no article text found");
        assertThatThrownBy(() -> Fixtures.EXTRACTOR.extract(Fixtures.text("Advertisement\n\nShare this article\n\nScroll to top\n")))
                .isInstanceOf(ExtractionException.class).hasMessage("no article text found");
    }

    @Test
    void handlesFiveThousandNestedDivsWithoutOverflow() {
        String html = "<html><body>" + "<div>".repeat(5000) + PARAGRAPH + PARAGRAPH.replace("January", "March")
                + "</div>".repeat(5000) + "</body></html>";
        Article a = Fixtures.extract(Fixtures.html(html));
        assertThat(a.text()).contains("harbour wall, damaged in the January storms")
                .contains("damaged in the March storms");
        String empty = "<html><body>" + "<div><span>".repeat(5000) + "</span></div>".repeat(5000) + "</body></html>";
        assertThatThrownBy(() -> Fixtures.EXTRACTOR.extract(Fixtures.html(empty)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void staysLinearOnDeepNestingWithTextAtEveryLevel() {
        String level = "<div class=\"comment-thread\"><div><p>A reader wrote at some length about the harbour wall, "
                + "the ferries, and the storms of last winter.</p>";
        String html = "<html><body><div class=\"story\">" + PARAGRAPH + PARAGRAPH.replace("January", "March")
                + "</div>" + level.repeat(3000) + "</div></div>".repeat(3000) + "</body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.extract(Fixtures.html(html)));
        assertThat(a.text()).contains("damaged in the March storms").doesNotContain("A reader wrote");
        String plain = "<html><body>" + level.replace("comment-thread", "level").repeat(3000)
                + "</div></div>".repeat(3000) + "</body></html>";
        Article b = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.extract(Fixtures.html(plain)));
        assertThat(b.text()).startsWith("A reader wrote at some length");
    }
}
