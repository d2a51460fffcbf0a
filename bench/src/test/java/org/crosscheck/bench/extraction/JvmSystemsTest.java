package org.crosscheck.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JvmSystemsTest {

    @Test
    void paragraphsBreakAtBlocksButKeepTheTokensOfElementText() {
        Element root = Jsoup.parse("<div><h2>Harbour\nplan</h2><p>The <b>Vell</b>ington council met.</p>"
                + "<ul><li>One</li><li>two</li></ul>tail<br>end</div>").body().child(0);
        String text = JvmSystems.paragraphs(root);
        assertThat(text).isEqualTo("Harbour plan\n\nThe Vellington council met.\n\nOne\n\ntwo\n\ntail\n\nend");
        assertThat(ExtractionMetric.tokens(text)).isEqualTo(ExtractionMetric.tokens(root.text()));
    }

    @Test
    void normalisedWhitespaceTurnsLineBreaksIntoBlankLines() {
        assertThat(JvmSystems.normaliseWhitespace("  First\u00A0line \n\n\n  second\t\tpart\r\nthird  "))
                .isEqualTo("First line\n\nsecond part\n\nthird");
    }
}
