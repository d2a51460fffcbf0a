package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    private static final QuantityReader READER = new QuantityReader(ClaimCues.load());

    /** The sentences of a text as the claim extractor annotates them, and their quantities. */
    private static List<List<Quantity>> read(String text) {
        List<AnnotatedSentence> sentences = new CoreNlpAnnotator().annotate(SpacedDecimals.join(text), null);
        return sentences.stream().map(READER::read).toList();
    }

    @Test
    void readsTheNumberOfANormalisedValue() {
        assertThat(Quantity.normalizedValue("$2500000.0")).contains(2_500_000.0);
        assertThat(Quantity.normalizedValue("%12.0")).contains(12.0);
        assertThat(Quantity.normalizedValue(">=14.0")).contains(14.0);
        assertThat(Quantity.normalizedValue("1.4E7")).contains(14_000_000.0);
        assertThat(Quantity.normalizedValue("about")).isEmpty();
    }

    @Test
    void aDecimalSetApartByTheTokeniserIsOneNumberInOneSentence() {
        String text = "The 6. 1 - magnitude quake struck off the coast of Velmar on Tuesday.";
        String joined = SpacedDecimals.join(text);
        assertThat(joined).hasSameSizeAs(text).contains("6.1 - magnitude");
        assertThat(read(text)).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quantity::value).containsExactly(6.1));
        assertThat(read("The Velmar observatory puts the magnitude at 5. 9.")).singleElement()
                .satisfies(q -> assertThat(q).extracting(Quantity::value).containsExactly(5.9));
    }

    @Test
    void aYearThatEndsASentenceIsNoDecimal() {
        assertThat(SpacedDecimals.join("The dam was built in 1998. 14 people work there."))
                .isEqualTo("The dam was built in 1998. 14 people work there.");
        assertThat(SpacedDecimals.join("Losses reached 2, 500. 3 firms closed."))
                .isEqualTo("Losses reached 2, 500. 3 firms closed.");
    }

    @Test
    void fractionsAreReadAsPartOfTheNumber() {
        assertThat(read("Darrow served 4 1/2 months in the Velmar prison.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(4.5, "month"));
        assertThat(read("Darrow served four and a half months in the Velmar prison.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(4.5, "month"));
        assertThat(read("Darrow served 4\u00bd months in the Velmar prison.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(4.5, "month"));
        assertThat(read("Darrow was jailed for two and a half years in Velmar.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(2.5, "year"));
    }

    @Test
    void aLengthOfTimeIsAQuantityAndAnAgeIsNot() {
        assertThat(read("Darrow served four months in the Velmar prison.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(4.0, "month"));
        assertThat(read("Darrow, 47 years old, left the Velmar prison on Monday.").get(0)).isEmpty();
    }

    @Test
    void aUnitSymbolWrittenOntoTheFiguresIsItsUnit() {
        assertThat(read("The climber fell 200ft from the Velmar ridge.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(200.0, "ft"));
        assertThat(read("The climber fell about 60m from the Velmar ridge.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(60.0, "m"));
        assertThat(read("The climber fell 200 metres from the Velmar ridge.").get(0))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(200.0, "metre"));
    }

    @Test
    void aScaleJoinedByAHyphenIsPartOfTheNumber() {
        assertThat(read("Four men fled from Orvik with a $2. 6 - million haul of rings.").get(0))
                .extracting(Quantity::value, Quantity::unit).contains(tuple(2_600_000.0, "USD"));
    }
}
