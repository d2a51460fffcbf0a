package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The line classifier on its own: furniture lines, and article sentences that merely look like them. */
class TextFurnitureTest {

    private static final ExtractionSettings SETTINGS = ExtractionSettings.defaults();
    private static final TextFurniture FURNITURE = new TextFurniture(SETTINGS, new DateLineReader(SETTINGS));

    @ParameterizedTest
    @ValueSource(strings = {
        "Leave a reply", "Save my name, email, and website in this browser for the next time I comment.",
        "Return to top ↑", "You may also like", "More from Local News", "Read more: Dam report delayed again",
        "Share on WhatsApp", "Share: Facebook Twitter Email", "Image credit: Harbour Authority",
        "The gates in January (Photo: Lars Okafor)", "Story continues below advertisement",
        "Subscribe to our weekly briefing", "Accept all cookies", "© 2024 Polder Press Ltd",
        "Tuesday, 20 February 2024"})
    void classifiesFurnitureLines(String line) {
        assertThat(FURNITURE.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Have a tip? Odran Pell may be reached at opell@example.org.",
        "Get the latest updates right in your inbox. Subscribe to the Dunmere Star newsletters.",
        "Most read in local news", "https://dunmerestar.example/news/ferry-returns-123.html",
        "This slideshow requires JavaScript.", "[button link=\"/submit\" type=\"big\"] Send us your review[/button]",
        "Breaking News", "Updated 9:14 pm GMT, Friday, March 8, 2024", "By", "To Read the Full Story",
        "Tell us what you think...", "Image 2 of 5", "Photo 3/12",
        "Email Odran Pell at opell@example.org or follow him @opell. Follow us on Twitter @dunmerestar.",
        "Monday March 4, 2024 7:45 am GMT by Odran Pell", "Related Roundup: Night buses",
        "Buyer's Guide: Ferry tickets (Buy Now)",
        "If you buy something through this post, the Dunmere Star may get a share of the sale.",
        "written by Odran Pell", "by Odran Pell March 4, 2024", "previous post", "Next article »"})
    void classifiesTemplateAndPaywallLines(String line) {
        assertThat(FURNITURE.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the time the ferry docked, the storm had passed over the island.",
        "Breaking the record took the crew three attempts and most of the summer.",
        "Readers can find the full report at the council's offices on Harbour Street.",
        "Most readers in the survey said they would use the night bus at least once a month.",
        "Email was the only way to reach the island's doctor during the storm.",
        "Image 2 of the survey shows the flooded harbour wall.",
        "By then the ferry had already left the harbour.",
        "Written by hand, the letter reached the council in March 2024."})
    void keepsSentencesThatStartLikeTemplateLines(String line) {
        assertThat(FURNITURE.isFurniture(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Copyright law changes were debated by members of parliament on Tuesday.",
        "Register offices will send updates to every voter before the election.",
        "Mayor Ana Ruiz (pictured) said the harbour would reopen in May.",
        "More than 300 people were moved out of their homes overnight.",
        "She said she would share the report with the committee next week.",
        "Advertisements for the new ferry service will appear in local papers.",
        "The council met on 20 February 2024 to discuss the barrier."})
    void keepsArticleSentencesThatLookLikeFurniture(String line) {
        assertThat(FURNITURE.isFurniture(line)).isFalse();
    }

    @Test
    void dropsARelatedHeadingWithItsHeadlinesButNotTheNextParagraph() {
        List<String> kept = FURNITURE.strip(List.of("First paragraph of the story, long enough to matter here.", "",
                "More on this story", "", "Harbour fees to rise", "Choir wins prize", "",
                "The next paragraph goes on with the story and ends", "on a wrapped second line."));
        assertThat(kept).containsExactly("First paragraph of the story, long enough to matter here.", "", "", "",
                "The next paragraph goes on with the story and ends", "on a wrapped second line.");
    }
}
