package org.crosscheck.bench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleReadingsTest {

    @Test
    void everyReadingNamesAnExampleFolderAStatementAndWhy() {
        List<ExampleReadings.Reading> readings = ExampleReadings.readings();
        assertThat(readings).hasSizeGreaterThanOrEqualTo(12);
        assertThat(readings).anyMatch(ExampleReadings.Reading::supported).anyMatch(r -> !r.supported());
        Path examples = Path.of("..", "examples");
        for (ExampleReadings.Reading r : readings) {
            assertThat(Files.isDirectory(examples.resolve(r.story()))).as(r.story()).isTrue();
            assertThat(r.statement()).isNotBlank();
            assertThat(r.why()).isNotBlank();
        }
    }
}
