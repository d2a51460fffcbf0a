package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only checkable sentences become claims: events, quantities, dates, attributed statements of fact. */
class CheckableClaimsTest {

    static final String FESTIVAL = """
            The Brennmoor council approved the budget on Tuesday.

            Police said 14 people were arrested.

            I've had a great time.

            What happens next?

            Readers should call their MP.

            You will love the new riverside walk.

            The festival drew 3,200 visitors to Brennmoor on Saturday, organisers said.""";

    static List<String> claims;

    @BeforeAll
    static void extract() {
        ClaimSet set = new ClaimExtractor().extract(List.of(new Article("fest-1", "fest-1.txt", null, null, null,
                PartialDate.of(LocalDate.of(2024, 6, 3)), "Brennmoor Courier", "en", FESTIVAL)));
        claims = set.claims().stream().map(Claim::sentence).toList();
    }

    @Test
    void eventsQuantitiesAndAttributedFactsAreClaims() {
        assertThat(claims).contains(
                "The Brennmoor council approved the budget on Tuesday.",
                "Police said 14 people were arrested.",
                "The festival drew 3,200 visitors to Brennmoor on Saturday, organisers said.");
    }

    @Test
    void feelingsQuestionsCallsToActionAndAddressToTheReaderAreNot() {
        assertThat(claims).doesNotContain(
                "I've had a great time.",
                "What happens next?",
                "Readers should call their MP.",
                "You will love the new riverside walk.");
    }
}
