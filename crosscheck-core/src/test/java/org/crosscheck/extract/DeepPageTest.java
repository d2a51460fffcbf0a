package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A page of 100,000 unclosed nested {@code <div><span>} (about 1.1 MB, every div a paragraph of
 * inline text) is extracted in bounded time: scoring credits each paragraph's text to its
 * ancestors in one bottom-up pass instead of walking to the root from every paragraph, which
 * took minutes at this depth (291 s). The bound is generous, for a shared CI machine (about 5 s
 * on a quiet one, 15 s under load): the check is that work stays linear.
 */
class DeepPageTest {

    @Test
    void extractsAPageOfOneHundredThousandNestedDivsInBoundedTime() {
        StringBuilder page = new StringBuilder(1_300_000);
        page.append("<!doctype html><html lang=\"en\"><head><title>Deep page</title></head><body>");
        for (int i = 0; i < 100_000; i++) {
            page.append("<div><span>w").append(i % 10).append(' ');
        }
        page.append("</body></html>");
        String html = page.toString();

        Article article = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Fixtures.EXTRACTOR.extract(Fixtures.html(html)));

        assertThat(article.text()).contains("w1").contains("w9");
    }
}
