package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines that are only a date, read at the precision they give. */
class DateLineReaderTest {

    private final DateLineReader reader = new DateLineReader(ExtractionSettings.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "18 February 2024; 2024-02-18",
        "February 18, 2024; 2024-02-18",
        "2024-02-18; 2024-02-18",
        "Published: Monday 19 Feb 2024 10:32; 2024-02-19",
        "Posted on 3rd March 2023 at 9.15am; 2023-03-03",
        "2024-02-18T09:30:00Z; 2024-02-18T09:30:00Z",
        "February 2024; 2024-02",
    })
    void readsDateLines(String line, String expected) {
        assertThat(reader.read(line)).get().extracting(d -> d.date().toString()).isEqualTo(expected);
    }

    @Test
    void marksUpdatedLines() {
        assertThat(reader.read("Last updated: 21 February 2024")).get().matches(DateLineReader.DateLine::updated);
        assertThat(reader.read("18 February 2024")).get().matches(d -> !d.updated());
    }

    @Test
    void rejectsSentencesAndImpossibleDates() {
        assertThat(reader.read("Work began on 3 March 2019 with the first piles.")).isEmpty();
        assertThat(reader.read("30 February 2024")).isEmpty();
        assertThat(reader.read("The board met in February 2024")).isEmpty();
    }
}
