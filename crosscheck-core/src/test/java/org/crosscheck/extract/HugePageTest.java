package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * A page of about 50 MB (a short article buried in a huge comment section and a huge inline
 * script) is extracted in bounded time and memory: the article is found, the furniture is not
 * kept. The bound is generous (the check is that work stays linear, not a speed target) and the
 * test JVM's heap (-Xmx6g in the parent pom) bounds the memory.
 */
class HugePageTest {

    private static final String ARTICLE = """
            <article><h1>Storm floods the Velmar ferry terminal</h1>
            <p>Floodwater reached the ticket hall of the Velmar ferry terminal on Sunday night after a \
            storm surge overtopped the harbour wall, the port authority said.</p>
            <p>Crossings to the islands were suspended until Tuesday while engineers pumped out the \
            basement and checked the electrical systems.</p>
            <p>Nobody was hurt, but forty cars in the long-stay car park were damaged by salt water, \
            according to the authority's spokesperson, Anneli Rask.</p></article>
            """;

    @Test
    void extractsTheArticleOfAFiftyMegabytePageInBoundedTime() {
        StringBuilder page = new StringBuilder(52_000_000);
        page.append("<!doctype html><html lang=\"en\"><head><title>Storm floods the Velmar ferry terminal</title>")
                .append("<script>var feed = \"");
        String chunk = "x".repeat(1_000);
        for (int i = 0; i < 10_000; i++) {
            page.append(chunk);
        }
        page.append("\";</script></head><body><nav><a href=\"/\">Home</a></nav>").append(ARTICLE)
                .append("<section class=\"comments\">");
        int n = 0;
        while (page.length() < 50_000_000) {
            page.append("<div class=\"comment\"><span class=\"author\">reader").append(n)
                    .append("</span><p>I took that ferry last week and the queue was long again, comment ")
                    .append(n++).append(".</p><a href=\"/reply\">Reply</a></div>");
        }
        page.append("</section><footer>All rights reserved.</footer></body></html>");
        RawDocument document = Fixtures.html(page.toString());

        Article article = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Fixtures.EXTRACTOR.extract(document));

        assertThat(article.text()).contains("storm surge overtopped the harbour wall")
                .contains("Anneli Rask")
                .doesNotContain("queue was long again")
                .doesNotContain("xxxxxxxx");
        assertThat(article.text().length()).isLessThan(2_000);
    }
}
