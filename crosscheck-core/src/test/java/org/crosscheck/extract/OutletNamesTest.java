package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.ingest.RawDocument.ContentKind;
import org.junit.jupiter.api.Test;

/** Every article's outlet, from each thing that can name it, and {@code unknown} when nothing does. */
class OutletNamesTest {

    private static final String TEXT_BODY = "Ferry crossings between Skelholm and the mainland stopped on Monday after crews"
            + " walked out over changes to their rota, the island council said in a statement.\n\n"
            + "Talks between the operator and the crews' union broke down for a second time on Sunday evening.\n";

    private static DocumentHints url(String url) {
        return new DocumentHints(url, null, null, null, null, null);
    }

    private static Article page(String head, String url) {
        return Fixtures.extract(Fixtures.html(Fixtures.page(head, ""), url(url)));
    }

    private static Article textFile(String source, String head, OutletDirectory directory) {
        RawDocument doc = new RawDocument("doc-1", source, ContentKind.TEXT, head + TEXT_BODY, DocumentHints.NONE);
        try {
            return new ArticleExtractor(ExtractionSettings.defaults(), directory).extract(doc);
        } catch (ExtractionException e) {
            throw new AssertionError(e);
        }
    }

    private static OutletDirectory directory(String csv) throws IOException {
        return OutletDirectory.parse(new StringReader(csv), "outlets.csv");
    }

    @Test
    void takesTheSiteNameTheMetadataGives() {
        Article a = page("<meta property=\"og:site_name\" content=\"The Veldmark Courier\">",
                "https://news.veldmarkcourier.example/2024/02/18/pumps");
        assertThat(a.outlet()).isEqualTo("The Veldmark Courier");
    }

    @Test
    void aSectionNameThatDoesNotNameTheDomainGivesWayToThePublisher() {
        Article a = page("<meta property=\"og:site_name\" content=\"Europe\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pumps close\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Norrow Press Agency\"}}</script>",
                "https://www.norrowpress.example/article/europe-pumps-idX1");
        assertThat(a.outlet()).isEqualTo("Norrow Press Agency");
        assertThat(a.site()).isEqualTo("Europe"); // the site field keeps its meaning
    }

    @Test
    void aPlaceNameGivesWayToTheSocialAccountThatNamesTheDomain() {
        Article a = page("<meta property=\"og:site_name\" content=\"U.S.\"><meta name=\"twitter:site\" content=\"@Kestrelwire\">",
                "https://www.kestrelwire.com/article/us-markets-idX2");
        assertThat(a.outlet()).isEqualTo("Kestrelwire");
    }

    @Test
    void aNameWrittenAsTheDomainKeepsItsCapitals() {
        Article a = page("<meta property=\"og:site_name\" content=\"PolderSports.com\">", "https://www.poldersports.com/a");
        assertThat(a.outlet()).isEqualTo("PolderSports.com");
    }

    @Test
    void aPlaceNameAloneGivesWayToTheRegistrableDomain() {
        Article a = page("<meta property=\"og:site_name\" content=\"U.K.\">", "https://www.kestrelwire.co.uk/world/uk-pumps");
        assertThat(a.outlet()).isEqualTo("kestrelwire.co.uk");
    }

    @Test
    void subdomainsOfOneSiteAreOneOutlet() {
        Article edition = page("", "https://edition.dailypolder.com/news/pumps");
        Article plain = page("", "https://dailypolder.com/news/pumps");
        assertThat(edition.outlet()).isEqualTo("dailypolder.com").isEqualTo(plain.outlet());
        Article uk = page("", "https://edition.polderpost.co.uk/news/pumps");
        Article ukPlain = page("", "https://www.polderpost.co.uk/news/pumps");
        assertThat(uk.outlet()).isEqualTo("polderpost.co.uk").isEqualTo(ukPlain.outlet());
    }

    @Test
    void aTaglineWithTheNameBeforeASeparatorKeepsTheName() {
        Article a = page("<meta property=\"og:site_name\" content=\"Polderpost | the voice of the lowlands\">",
                "https://www.polderpost.example/a");
        assertThat(a.outlet()).isEqualTo("Polderpost");
    }

    @Test
    void aShortNameThatIsTheDomainsLabelIsTaken() {
        assertThat(page("<meta property=\"og:site_name\" content=\"pk\">", "https://www.pk.co.uk/a").outlet()).isEqualTo("pk");
        assertThat(page("<meta property=\"og:site_name\" content=\"US\">", "https://www.plus.co.uk/a").outlet())
                .isEqualTo("plus.co.uk");
    }

    @Test
    void initialsOfTheNameMayBeTheDomain() {
        Article a = page("<meta property=\"og:site_name\" content=\"Lowland Evening Dispatch\">", "https://led.example/a");
        assertThat(a.outlet()).isEqualTo("Lowland Evening Dispatch");
    }

    @Test
    void theOutletsFileNamesADomainAndItsSubdomains() throws IOException {
        OutletDirectory d = directory("pattern,outlet,kind,country,owner\npolderpost.co.uk,The Polder Post,newspaper,GB,Polder Media\n");
        RawDocument doc = Fixtures.html(Fixtures.page("<meta property=\"og:site_name\" content=\"Polder Post Online\">", ""),
                url("https://edition.polderpost.co.uk/news/pumps"));
        Article a;
        try {
            a = new ArticleExtractor(ExtractionSettings.defaults(), d).extract(doc);
        } catch (ExtractionException e) {
            throw new AssertionError(e);
        }
        assertThat(a.outlet()).isEqualTo("The Polder Post");
        assertThat(d.find("polderpost.co.uk", null)).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo("newspaper");
            assertThat(e.country()).isEqualTo("GB");
            assertThat(e.owner()).isEqualTo("Polder Media");
        });
    }

    @Test
    void theOutletsFileNamesATextFileByItsFileName() throws IOException {
        OutletDirectory d = directory("# wires\nnorthwind-*.txt,Northwind Wire,wire\n");
        assertThat(textFile("inbox/northwind-0412.txt", "", d).outlet()).isEqualTo("Northwind Wire");
        assertThat(textFile("inbox/other-0412.txt", "", d).outlet()).isEqualTo("unknown");
    }

    @Test
    void anOutletsFileRowWithAnUnknownKindNamesItsLine() {
        assertThatThrownBy(() -> directory("a.example,A,newsletter\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("newsletter");
    }

    @Test
    void aTextFileSaysItsOutletInASiteOrSourceLine() {
        assertThat(textFile("a.txt", "Ferry strike halts crossings\nSite: The Skelholm Herald\n\n", OutletDirectory.EMPTY)
                .outlet()).isEqualTo("The Skelholm Herald");
        Article sourced = textFile("b.txt", "Ferry strike halts crossings\nSource: Skelholm Radio\n\n", OutletDirectory.EMPTY);
        assertThat(sourced.outlet()).isEqualTo("Skelholm Radio");
        assertThat(sourced.text()).doesNotContain("Source:");
    }

    @Test
    void aTextFileBylineMayNameTheOutletAfterTheAuthor() {
        Article a = textFile("c.txt", "Ferry strike halts crossings\nBy Ana Ruiz, Skelholm Wire\n\n", OutletDirectory.EMPTY);
        assertThat(a.byline()).isEqualTo("Ana Ruiz");
        assertThat(a.outlet()).isEqualTo("Skelholm Wire");
        Article role = textFile("d.txt", "Ferry strike halts crossings\nBy Ana Ruiz, Transport Correspondent\n\n",
                OutletDirectory.EMPTY);
        assertThat(role.outlet()).isEqualTo("unknown");
    }

    @Test
    void nothingThatNamesTheOutletGivesUnknown() {
        assertThat(textFile("e.txt", "Ferry strike halts crossings\n\n", OutletDirectory.EMPTY).outlet()).isEqualTo("unknown");
        Article made = new Article("x", "x.txt", null, null, null, null, null, "en", "Some text.");
        assertThat(made.outlet()).isEqualTo("unknown");
    }
}
