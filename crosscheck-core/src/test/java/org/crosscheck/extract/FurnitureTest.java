package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every furniture kind: a must-drop snippet is gone and a must-keep look-alike stays, in HTML and plain text. */
class FurnitureTest {

    private static final Article HTML = Fixtures.extract(Fixtures.html(Fixtures.resource("furniture-page.html")));
    private static final Article TEXT = Fixtures.extract(Fixtures.text(Fixtures.resource("furniture-article.txt")));

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("comment form", "Asked to comment, the contractors said",
                        new String[] {"Leave a comment", "will not be published", "Post comment"}),
                Arguments.of("back to top", "Visitors can walk to the top of the barrier",
                        new String[] {"Back to top", "Scroll to top"}),
                Arguments.of("related articles", "all rights to the barrier's design are held",
                        new String[] {"Related articles", "Harbour fees to rise in spring", "Ferry timetable changes"}),
                Arguments.of("share prompt", "she would share the final cost report",
                        new String[] {"Share this article", "Share on Facebook", "Tweet"}),
                Arguments.of("image credit", "The photographer Lars Okafor, who documented",
                        new String[] {"Photo: Lars Okafor", "© Coastline Agency"}),
                Arguments.of("marked caption", "The barrier will be closed for the first time",
                        new String[] {"Caption: The barrier's gates"}),
                Arguments.of("date header line", "Work on the barrier began on 3 March 2019",
                        new String[] {"\n\n18 February 2024"}),
                Arguments.of("advertisement", "The authority placed an advertisement in local papers",
                        new String[] {"\n\nAdvertisement"}),
                Arguments.of("newsletter prompt", "Residents who subscribe to the authority's flood alert",
                        new String[] {"Sign up for our morning newsletter"}),
                Arguments.of("cookie notice", "had accepted all cookies of blame",
                        new String[] {"We use cookies"}),
                Arguments.of("rights footer", "all rights to the barrier's design",
                        new String[] {"All rights reserved"}));
    }

    @ParameterizedTest(name = "html: {0}")
    @MethodSource("kinds")
    void dropsFurnitureButKeepsLookAlikeInHtml(String kind, String keep, String[] drops) {
        assertThat(HTML.text()).contains(keep);
        for (String drop : drops) {
            assertThat(HTML.text()).doesNotContain(drop);
        }
    }

    @ParameterizedTest(name = "text: {0}")
    @MethodSource("kinds")
    void dropsFurnitureButKeepsLookAlikeInPlainText(String kind, String keep, String[] drops) {
        assertThat(TEXT.text()).contains(keep);
        for (String drop : drops) {
            assertThat(TEXT.text()).doesNotContain(drop);
        }
    }
}
