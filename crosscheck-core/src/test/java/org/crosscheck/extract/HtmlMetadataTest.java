package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Title, date, byline, site, URL and language from every source an HTML page offers, and their precedence. */
class HtmlMetadataTest {

    private static Article page(String head) {
        return Fixtures.extract(Fixtures.html(Fixtures.page(head, "")));
    }

    private static Article page(String head, String bodyPrefix) {
        return Fixtures.extract(Fixtures.html(Fixtures.page(head, bodyPrefix)));
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void takesOgTitleWithSectionAndSiteSuffixStripped() {
        Article a = page("<title>Old pumps | Veldmark Courier</title>"
                + "<meta property=\"og:site_name\" content=\"The Veldmark Courier\">"
                + "<meta property=\"og:title\" content=\"Veldmark closes three pumping stations | Regional News | The Veldmark Courier\">");
        assertThat(a.title()).isEqualTo("Veldmark closes three pumping stations");
        assertThat(a.site()).isEqualTo("The Veldmark Courier");
    }

    @Test
    void takesJsonLdHeadlineWhenThereIsNoOgTitle() {
        Article a = page("<title>Something else entirely - Courier</title>" + jsonLd(
                "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Water board votes to close pumps\"}"));
        assertThat(a.title()).isEqualTo("Water board votes to close pumps");
    }

    @Test
    void takesH1WhenThereIsNoOgTitleOrJsonLd() {
        Article a = page("<title>Index page</title>", "<h1>Pumping stations to close in Oostrade</h1>");
        assertThat(a.title()).isEqualTo("Pumping stations to close in Oostrade");
        assertThat(a.text()).doesNotContain("Pumping stations to close in Oostrade");
    }

    @Test
    void stripsSiteNameSuffixFromTitleElement() {
        Article a = page("<title>Veldmark closes three pumping stations - Veldmark Courier</title>"
                + "<meta property=\"og:site_name\" content=\"Veldmark Courier\">");
        assertThat(a.title()).isEqualTo("Veldmark closes three pumping stations");
    }

    @Test
    void stripsSuffixMatchingTheHostWhenNoSiteNameIsGiven() {
        Article a = Fixtures.extract(Fixtures.html(Fixtures.page(
                "<title>Veldmark closes three pumping stations — The Daily Polder</title>", ""),
                new DocumentHints("https://www.dailypolder.example/news/pumps", null, null, null, null, null)));
        assertThat(a.title()).isEqualTo("Veldmark closes three pumping stations");
        assertThat(a.site()).isEqualTo("dailypolder.example");
    }

    @Test
    void keepsASuffixThatIsNeitherSiteNorSectionLabel() {
        Article a = page("<title>Veldmark pumps fail - and fail again</title>");
        assertThat(a.title()).isEqualTo("Veldmark pumps fail - and fail again");
    }

    @Test
    void readsDatePublishedFromJsonLdInsideGraph() {
        Article a = page(jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Pumps\",\"datePublished\":\"2024-02-18T09:30:00+01:00\"}]}"));
        assertThat(a.published()).hasToString("2024-02-18T09:30:00+01:00");
    }

    @Test
    void skipsTheZeroDateOfATemplateForTheNextCandidate() {
        Article a = page(jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Pumps\",\"datePublished\":\"0001-01-01T00:00:00Z\"}")
                + "<meta property=\"article:published_time\" content=\"2024-02-18T09:30:00Z\">");
        assertThat(a.published()).hasToString("2024-02-18T09:30:00Z");
    }

    @Test
    void readsArticlePublishedTimeMeta() {
        Article a = page("<meta property=\"article:published_time\" content=\"2023-07-04T18:00:00Z\">");
        assertThat(a.published()).hasToString("2023-07-04T18:00:00Z");
    }

    @Test
    void readsOgPublishedTimeMeta() {
        Article a = page("<meta property=\"og:published_time\" content=\"2022-12-01\">");
        assertThat(a.published()).hasToString("2022-12-01");
    }

    @Test
    void readsPubdateAndDublinCoreMeta() {
        assertThat(page("<meta name=\"pubdate\" content=\"2021-05-09\">").published()).hasToString("2021-05-09");
        assertThat(page("<meta name=\"DC.date.issued\" content=\"2020-03\">").published()).hasToString("2020-03");
    }

    @Test
    void readsItempropDatePublished() {
        Article a = page("", "<span itemprop=\"datePublished\" content=\"2019-10-31\">31 Oct</span>");
        assertThat(a.published()).hasToString("2019-10-31");
    }

    @Test
    void readsTimeElementInsideTheArticleHeader() {
        Article a = page("", "<article><header><time datetime=\"2024-01-12T08:00\">12 January</time></header></article>");
        // a local time without an offset: kept, no offset invented
        assertThat(a.published()).hasToString("2024-01-12T08:00:00");
    }

    @Test
    void readsDateFromTheUrlPathAtThePrecisionGiven() {
        Article day = page("<link rel=\"canonical\" href=\"https://courier.example/2024/02/18/pumps-close\">");
        assertThat(day.published()).hasToString("2024-02-18");
        assertThat(day.url()).isEqualTo("https://courier.example/2024/02/18/pumps-close");
        Article month = page("<meta property=\"og:url\" content=\"https://courier.example/news/2023/11/pumps\">");
        assertThat(month.published()).hasToString("2023-11");
        assertThat(month.published().precision()).isEqualTo(PartialDate.Precision.MONTH);
    }

    @Test
    void readsADateLineAtTheStartOfTheText() {
        Article a = page("", "<p>Published: Monday 19 Feb 2024 10:32</p>");
        assertThat(a.published()).hasToString("2024-02-19");
        assertThat(a.text()).doesNotContain("19 Feb 2024");
    }

    @Test
    void prefersThePublicationDateOverModifiedDates() {
        Article a = page("<meta property=\"article:modified_time\" content=\"2024-03-02\">"
                + jsonLd("{\"@type\":\"NewsArticle\",\"dateModified\":\"2024-03-01\",\"datePublished\":\"2024-02-18\"}"),
                "<article><time class=\"updated\" datetime=\"2024-03-05\">5 March</time></article>");
        assertThat(a.published()).hasToString("2024-02-18");
    }

    @Test
    void skipsModifiedTimeElementsForThePublishedOne() {
        Article a = page("", "<header><time class=\"date-updated\" datetime=\"2024-03-05\">5 March</time>"
                + "<time class=\"date-published\" datetime=\"2024-02-28\">28 Feb</time></header>");
        assertThat(a.published()).hasToString("2024-02-28");
    }

    @Test
    void hintsWinOverWhatThePageSays() {
        DocumentHints hints = new DocumentHints("https://feed.example/item/7", "Feed title for the pumps",
                "Feed Author", "2023-11", "Feed Site", "nl");
        Article a = Fixtures.extract(Fixtures.html(Fixtures.page(
                "<meta property=\"og:title\" content=\"Page title\"><meta name=\"author\" content=\"Page Author\">"
                        + "<meta property=\"article:published_time\" content=\"2024-02-18\">"
                        + "<meta property=\"og:site_name\" content=\"Page Site\">"
                        + "<link rel=\"canonical\" href=\"https://page.example/pumps\">", ""), hints));
        assertThat(a.title()).isEqualTo("Feed title for the pumps");
        assertThat(a.byline()).isEqualTo("Feed Author");
        assertThat(a.published()).hasToString("2023-11");
        assertThat(a.site()).isEqualTo("Feed Site");
        assertThat(a.url()).isEqualTo("https://feed.example/item/7");
        assertThat(a.language()).isEqualTo("nl");
    }

    @Test
    void joinsJsonLdAuthorNames() {
        Article a = page(jsonLd("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
                + "{\"@type\":\"Person\",\"name\":\"Tom Berg\"}]}"));
        assertThat(a.byline()).isEqualTo("Ana Ruiz, Tom Berg");
    }

    @Test
    void resolvesJsonLdAuthorReferencesInGraph() {
        Article a = page(jsonLd("{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"},"
                + "\"publisher\":{\"@id\":\"#org\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Hilde Marchetti\"},"
                + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Polder Press\"}]}"));
        assertThat(a.byline()).isEqualTo("Hilde Marchetti");
        assertThat(a.site()).isEqualTo("Polder Press");
    }

    @Test
    void readsMetaAuthor() {
        assertThat(page("<meta name=\"author\" content=\"By Tomasz Vereecken\">").byline()).isEqualTo("Tomasz Vereecken");
    }

    @Test
    void skipsArticleAuthorUrlAndFallsBackToRelAuthor() {
        Article a = page("<meta property=\"article:author\" content=\"https://www.social.example/ana.ruiz\">",
                "<a rel=\"author\" href=\"/staff/ruiz\">Ana Ruiz</a>");
        assertThat(a.byline()).isEqualTo("Ana Ruiz");
    }

    @Test
    void readsBylineClassAndStripsLeadingBy() {
        Article a = page("", "<div class=\"article-byline\">By Lena Osei | 18 February 2024</div>");
        assertThat(a.byline()).isEqualTo("Lena Osei");
    }

    @Test
    void fallsBackToTheHostForSiteName() {
        Article a = page("<link rel=\"canonical\" href=\"https://www.veldmark-courier.example/pumps\">");
        assertThat(a.site()).isEqualTo("veldmark-courier.example");
    }

    @Test
    void takesLanguageFromHtmlLangAndElseDetectsIt() {
        Article declared = Fixtures.extract(Fixtures.html(
                Fixtures.page("", "").replace("<html>", "<html lang=\"en-GB\">")));
        assertThat(declared.language()).isEqualTo("en");
        assertThat(page("").language()).isEqualTo("en");
    }

    @Test
    void takesABylineParagraphAtTheTopOutOfTheText() {
        Article a = Fixtures.extract(Fixtures.html("<html><body><article><p class=\"article-byline\">By Lena Osei</p>"
                + Fixtures.resource("article-body.html").replace("<article>", "").replace("</article>", "")
                + "</article></body></html>"));
        assertThat(a.byline()).isEqualTo("Lena Osei");
        assertThat(a.text()).startsWith("The regional water board").doesNotContain("Lena Osei");
    }
}
