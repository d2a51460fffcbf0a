package org.crosscheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each word list ships once: two packages that need the same list read the one copy, so the
 * copies cannot drift apart (as two {@code denial-verbs.txt} once did).
 */
class WordListsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void noWordListNameIsShippedInTwoPackages() throws IOException {
        assertThat(Files.isDirectory(RESOURCES)).as("run from the module folder").isTrue();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            Map<String, List<String>> byName = files.filter(f -> f.toString().endsWith(".txt"))
                    .collect(Collectors.groupingBy(f -> f.getFileName().toString(),
                            Collectors.mapping(f -> RESOURCES.relativize(f).toString(), Collectors.toList())));
            assertThat(byName).as("word lists shipped more than once").allSatisfy((name, copies) -> assertThat(copies).hasSize(1));
        }
    }
}
