package org.crosscheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.TimexType;
import org.junit.jupiter.api.Test;

/**
 * The tagger's vocabulary stays inside the language adapters: no class of the core outside
 * {@code org.crosscheck.language} spells a CoreNLP named-entity or TIMEX3 tag as a string
 * ("PERSON", "DATE", "O"); the others read {@link NerTag} and {@link TimexType}.
 */
class TaggerVocabularyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path LANGUAGE = SOURCES.resolve("org/crosscheck/language");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z_]+)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    static Set<String> tagNames() {
        Set<String> tags = Stream.concat(Arrays.stream(NerTag.values()), Arrays.stream(TimexType.values()))
                .filter(t -> t != NerTag.NONE && t != NerTag.OTHER)
                .map(Enum::name).collect(Collectors.toSet());
        tags.add("O");
        return tags;
    }

    /** "File:line literal" for every tag string literal in the Java files under {@code root} outside the adapters. */
    static List<String> tagLiterals(Path root) throws IOException {
        Set<String> tags = tagNames();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(LANGUAGE)).sorted().toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    if (tags.contains(m.group(1))) {
                        found.add(root.relativize(file) + " " + m.group());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noTaggerTagStringOutsideTheLanguageAdapters() throws IOException {
        assertThat(Files.isDirectory(LANGUAGE)).as("run from the module folder").isTrue();
        assertThat(tagLiterals(SOURCES)).as("CoreNLP tag strings outside org.crosscheck.language").isEmpty();
    }

    @Test
    void theScanFindsATagStringWhereOneIsWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("org/crosscheck/claims/Reader.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class Reader { boolean p(String t) { return t.equals(\"PERSON\"); } // \"DATE\"\n}\n");
        assertThat(tagLiterals(dir)).containsExactly("org/crosscheck/claims/Reader.java \"PERSON\"");
    }
}
