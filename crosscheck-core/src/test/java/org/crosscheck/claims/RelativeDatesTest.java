package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates without a year or week ("in February", "until Monday") are placed by the tense of their
 * clause against the publication date; an undated article borrows its story's date. Invented
 * articles: the outlets, people and places are made up.
 */
class RelativeDatesTest {

    /** Published on Monday 16 September 2024. */
    static final String GIFT = """
            The carved oak throne was delivered to the capital in February after the leader's visit last September.

            The Varnholt museum will show the throne from May.

            The harbour master resigned in December.

            A new pier will open in March.""";

    /** Published on Tuesday 12 March 2024. */
    static final String MUSEUM = """
            The Varnholt museum was closed for repairs from May.

            The Varnholt museum will lend the throne to Ulmsey from May.""";

    /** Published on Thursday 19 September 2024. */
    static final String SAILINGS = """
            Brekka Ferries cancelled all sailings to Ulmsey until Monday.

            The Ulmsey council will suspend the island bus service until Monday.

            The island school was closed until Monday, when the heating was repaired.

            The harbour office said the storm warning would stay in force until Sunday evening.

            The harbour office said the pier could reopen on Saturday.""";

    /** Published on Thursday 19 September 2024. */
    static final String FERRY = """
            Brekka Ferries has cancelled all sailings to Ulmsey until Monday.

            The ferry company said its only vessel ran aground on Tuesday.""";

    /** No date of its own. */
    static final String UNDATED = """
            The Ulmsey ferry ran aground on Tuesday near the northern breakwater.

            Divers inspected the hull of the vessel in the harbour on Wednesday.""";

    static ClaimSet gift;
    static ClaimSet story;

    @BeforeAll
    static void extract() {
        ClaimExtractor extractor = new ClaimExtractor();
        gift = extractor.extract(List.of(article("gift", GIFT, "2024-09-16T08:05:00+01:00"),
                article("sailings", SAILINGS, "2024-09-19T17:30:00Z"), article("museum", MUSEUM, "2024-03-12")));
        story = extractor.extract(List.of(article("ferry", FERRY, "2024-09-19"),
                article("undated", UNDATED, null), article("late", FERRY, "2024-09-25")));
    }

    static Article article(String id, String text, String published) {
        return new Article(id, id + ".txt", null, null, null,
                published == null ? null : PartialDate.parseIso(published).orElseThrow(), "Test Outlet", "en", text);
    }

    static List<String> dates(ClaimSet set, String articleId, String prefix) {
        return set.claims().stream().filter(c -> c.articleId().equals(articleId) && c.sentence().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no claim " + prefix)).dates().stream()
                .map(d -> d.date().toString()).toList();
    }

    @Test
    void aBareMonthInAPastSentenceIsTheLatestOneBeforePublication() {
        assertThat(dates(gift, "gift", "The carved oak throne")).containsExactly("2024-02", "2023-09");
        assertThat(dates(gift, "gift", "The harbour master")).containsExactly("2023-12");
    }

    @Test
    void aBareMonthInAFutureSentenceIsTheNextOne() {
        assertThat(dates(gift, "gift", "A new pier")).containsExactly("2025-03");
        assertThat(dates(gift, "gift", "The Varnholt museum will show")).containsExactly("2025-05");
    }

    @Test
    void fromMayIsThePastMayInAPastSentenceAndTheNextInAFutureOne() {
        // published in March: the nearest May is the next one, but the closure is told in the past
        assertThat(dates(gift, "museum", "The Varnholt museum was closed")).containsExactly("2023-05");
        assertThat(dates(gift, "museum", "The Varnholt museum will lend")).containsExactly("2024-05");
    }

    @Test
    void untilMondayLooksAheadFromAnActAPresentStateOrTheFutureAndBackFromAnEndedState() {
        // published on Thursday 19 September: the Monday the cancellation runs to is the next one
        assertThat(dates(gift, "sailings", "Brekka Ferries cancelled")).containsExactly("2024-09-23");
        assertThat(dates(gift, "sailings", "The Ulmsey council will")).containsExactly("2024-09-23");
        // a modal is placed nearest, but "until" still looks ahead
        assertThat(dates(gift, "sailings", "The harbour office said the storm")).containsExactly("2024-09-22");
        assertThat(dates(gift, "sailings", "The harbour office said the pier")).containsExactly("2024-09-21");
        // a state told in the past with its auxiliary has ended: the Monday before
        assertThat(dates(gift, "sailings", "The island school was closed")).containsExactly("2024-09-16");
        assertThat(dates(story, "ferry", "Brekka Ferries has cancelled")).containsExactly("2024-09-23");
        assertThat(dates(story, "ferry", "The ferry company said")).containsExactly("2024-09-17");
    }

    @Test
    void anUndatedArticleBorrowsTheMedianDayOfItsStoryAndSaysSo() {
        assertThat(story.borrowedDates()).containsOnlyKeys("undated");
        assertThat(story.borrowedDates().get("undated")).hasToString("2024-09-19");
        Claim aground = story.claims().stream().filter(c -> c.articleId().equals("undated")).findFirst().orElseThrow();
        assertThat(aground.dates()).singleElement().satisfies(d -> {
            assertThat(d.date()).hasToString("2024-09-17");
            assertThat(d.inferred()).isTrue();
        });
        assertThat(story.claims().stream().filter(c -> c.articleId().equals("ferry"))
                .flatMap(c -> c.dates().stream())).noneMatch(DateMention::inferred);
    }

    @Test
    void anUndatedArticleAloneGetsOnlyTheDatesItStates() {
        ClaimSet alone = new ClaimExtractor().extract(List.of(article("undated", UNDATED, null)));
        assertThat(alone.borrowedDates()).isEmpty();
        assertThat(alone.claims().stream().flatMap(c -> c.dates().stream())).isEmpty();
    }
}
