package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verbs' options, formats, standard streams and exit codes, run in-process. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LANTERN = """
            Lantern festival returns to Oskarby harbour
            By Petra Lind
            March 8, 2025

            The lantern festival returned to Oskarby harbour on Saturday after a two-year pause, \
            drawing crowds to the quay for the evening parade.

            Organisers said more than four hundred lanterns were launched from the old ferry pier, \
            and local choirs performed until midnight.

            The harbour master, Ola Brenning, said the festival would be held every spring from now on.
            """;

    private static final String LIBRARY = """
            <!doctype html><html lang="en"><head><title>Ribe Street library reopens | The Oskarby Post</title>
            <meta property="og:site_name" content="The Oskarby Post">
            <meta property="article:published_time" content="2025-03-10T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Ribe Street library reopens</h1>
            <p>The Ribe Street library reopened on Monday after a year of repairs to its flooded basement, \
            the city's culture office said.</p>
            <p>The building now has a children's reading room and a new lift, and opening hours have been \
            extended to eight in the evening on weekdays.</p>
            <p>Head librarian Sanna Voss said visitors had queued outside before the doors opened.</p>
            </article><footer>© 2025 The Oskarby Post. All rights reserved.</footer></body></html>
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeArticles() throws IOException {
        Files.writeString(dir.resolve("lantern.txt"), LANTERN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("library.html"), LIBRARY, StandardCharsets.UTF_8);
    }

    @Test
    void extractPrintsOneArticleALineWithTheInterfaceFields() throws IOException {
        CliRun run = CliRun.of("extract", "--quiet", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(run.outLines().get(0));
        assertThat(first.fieldNames()).toIterable()
                .contains("id", "source", "url", "title", "byline", "published", "site", "language", "text");
        assertThat(first.get("title").asText()).isEqualTo("Lantern festival returns to Oskarby harbour");
        assertThat(first.get("published").asText()).isEqualTo("2025-03-08");
        JsonNode second = JSON.readTree(run.outLines().get(1));
        assertThat(second.get("title").asText()).isEqualTo("Ribe Street library reopens");
        assertThat(second.get("site").asText()).isEqualTo("The Oskarby Post");
        // the page gives the time of publication: it is kept, with its offset
        assertThat(second.get("published").asText()).isEqualTo("2025-03-10T09:00:00Z");
        assertThat(second.get("text").asText()).doesNotContain("All rights reserved").contains("\n\n");
    }

    @Test
    void anOutletsFileNamesTheOutletOfAFileThatDoesNot() throws IOException {
        Path outlets = dir.resolve("outlets.csv");
        Files.writeString(outlets, "pattern,outlet,kind\nlantern*.txt,Oskarby Harbour Radio,broadcaster\n");

        CliRun run = CliRun.of("extract", "--quiet", "--outlets", outlets.toString(), dir.resolve("lantern.txt").toString(),
                dir.resolve("library.html").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.outLines().get(0)).get("outlet").asText()).isEqualTo("Oskarby Harbour Radio");
        assertThat(JSON.readTree(run.outLines().get(1)).get("outlet").asText()).isEqualTo("The Oskarby Post");
        assertThat(JSON.readTree(CliRun.of("extract", "-q", dir.resolve("lantern.txt").toString()).outLines().get(0))
                .get("outlet").asText()).isEqualTo("unknown");
    }

    @Test
    void anOutletsFileWithABadKindIsAUsageError() throws IOException {
        Path outlets = dir.resolve("outlets.csv");
        Files.writeString(outlets, "lantern*.txt,Oskarby Harbour Radio,podcast\n");

        CliRun run = CliRun.of("extract", "--quiet", "--outlets", outlets.toString(), dir.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--outlets").contains("podcast");
    }

    @Test
    void idsAreTheSameOnEveryRun() {
        assertThat(CliRun.of("extract", "-q", dir.toString()).out()).isEqualTo(CliRun.of("extract", "-q", dir.toString()).out());
    }

    @Test
    void extractJsonFormatPrintsOneArray() throws IOException {
        CliRun run = CliRun.of("extract", "--quiet", "--format", "json", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).size()).isEqualTo(2);
    }

    @Test
    void aBadInputIsNamedOnStandardErrorAndTheOthersStillCome() throws IOException {
        Path junk = dir.resolve("junk.txt");
        Files.write(junk, new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8});

        CliRun run = CliRun.of("extract", "--quiet", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.errLines()).singleElement().asString().contains("junk.txt");
    }

    @Test
    void nothingReadableExitsWithThree() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");

        CliRun run = CliRun.of("extract", "--quiet", empty.toString(), dir.resolve("missing.html").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("empty.txt").contains("missing.html");
        CliRun json = CliRun.of("extract", "--quiet", "--format", "json", empty.toString());
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).isEmpty();
        assertThat(CliRun.of("analyze", "--quiet", empty.toString()).exitCode()).isEqualTo(3);
    }

    /** A JSON Lines record of five words and a feed item of one line: the input states they are articles. */
    static void writeShortStatedTexts(Path dir) throws IOException {
        Files.writeString(dir.resolve("short.jsonl"),
                "{\"id\": \"brief\", \"text\": \"Skelholm ferry crossings resume today.\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wire.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Oskarby Wire</title><link>https://wire.example/</link>
                <description>Short items</description>
                <item><title>Quay closed</title><link>https://wire.example/quay</link>
                <description>Oskarby quay is closed to traffic until Monday.</description></item>
                </channel></rss>
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aShortJsonLinesTextAndAOneLineFeedItemAreArticles() throws IOException {
        Path shorts = Files.createDirectory(dir.resolve("shorts"));
        writeShortStatedTexts(shorts);

        CliRun run = CliRun.of("extract", "--quiet", shorts.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.out()).contains("Skelholm ferry crossings resume today.")
                .contains("Oskarby quay is closed to traffic until Monday.");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--format", "markdown", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("analyze", "--no-such-option", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void standardInputIsReadForADash() throws IOException {
        CliRun run = CliRun.withStdin(LANTERN, "extract", "--quiet", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("title").asText()).isEqualTo("Lantern festival returns to Oskarby harbour");
    }

    @Test
    void outputFileIsWrittenAndStandardOutputStaysEmpty() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("articles.jsonl");

        CliRun run = CliRun.of("extract", "--quiet", "-o", out.toString(), dir.resolve("lantern.txt").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(1);
        try (var listing = Files.list(out.getParent())) {
            assertThat(listing).containsExactly(out);
        }
    }

    @Test
    void outputIntoAMissingDirectoryIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("no-such-dir");
        Path out = missing.resolve("articles.jsonl");

        CliRun run = CliRun.of("extract", "--quiet", "-o", out.toString(), dir.resolve("lantern.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("crosscheck: ").contains(missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void outputFilesGetTheUmasksPermissionsOrKeepThoseOfTheFileTheyReplace() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-by-any-tool"));
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(reference);
        Assumptions.assumeFalse(umasked.equals(PosixFilePermissions.fromString("rw-------")),
                "the umask is 077, so a private file is what any tool makes");
        Path out = dir.resolve("articles.jsonl");

        assertThat(CliRun.of("extract", "--quiet", "-o", out.toString(), dir.resolve("lantern.txt").toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(umasked);

        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(out, chosen);
        assertThat(CliRun.of("extract", "--quiet", "-o", out.toString(), dir.resolve("lantern.txt").toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(chosen);
    }

    @Test
    void failedRunLeavesNoOutputFile() {
        Path out = dir.resolve("never.jsonl");

        CliRun run = CliRun.of("extract", "--quiet", "-o", out.toString(), dir.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(out).doesNotExist();
    }

    @Test
    void progressGoesToStandardErrorUnlessQuiet() {
        CliRun loud = CliRun.of("extract", dir.toString());
        CliRun quiet = CliRun.of("extract", "--quiet", dir.toString());

        assertThat(loud.err()).contains("read");
        assertThat(quiet.err()).isEmpty();
        assertThat(loud.out()).isEqualTo(quiet.out());
    }

    @Test
    void clusterGivesEveryArticleAStory() throws IOException {
        CliRun run = CliRun.of("cluster", "--quiet", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        for (String line : run.outLines()) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.get("story").asText()).isNotBlank();
            assertThat(node.get("id").asText()).isNotBlank();
        }
        // two unrelated articles are two stories
        assertThat(JSON.readTree(run.outLines().get(0)).get("story"))
                .isNotEqualTo(JSON.readTree(run.outLines().get(1)).get("story"));
    }

    @Test
    void clusterWithoutEmbeddingsGivesTheSameStoriesHere() throws IOException {
        CliRun with = CliRun.of("cluster", "--quiet", dir.toString());
        CliRun without = CliRun.of("cluster", "--quiet", "--no-embeddings", dir.toString());

        assertThat(without.exitCode()).isZero();
        assertThat(without.outLines()).hasSize(2);
        // two unrelated articles are two stories either way
        assertThat(without.out()).isEqualTo(with.out());
        assertThat(CliRun.of("cluster", "--help").out()).contains("--no-embeddings");
    }
}
