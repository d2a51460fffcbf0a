package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedInputTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Norrby Courier</title>
                <link>https://courier.example/</link>
                <description>Local news</description>
                <language>en</language>
                <item>
                  <title>Ferry terminal opens</title>
                  <link>https://courier.example/ferry</link>
                  <author>ilse.varga@courier.example (Ilse Varga)</author>
                  <pubDate>Sat, 02 Mar 2024 09:30:00 +0100</pubDate>
                  <description>Short teaser about the ferry.</description>
                  <content:encoded><![CDATA[<p>The Norrby ferry terminal opened on Saturday.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Harbour fees rise</title>
                  <link>https://courier.example/fees</link>
                  <description>Harbour fees in Norrby will rise by four percent in April.</description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Vellmar Gazette</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2024-03-05T08:00:00Z</updated>
              <entry>
                <title>Library reopens after flood</title>
                <link href="https://gazette.example/library"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2024-03-05T08:00:00Z</updated>
                <author><name>Oskar Lind</name></author>
                <summary>Summary only.</summary>
                <content type="html">&lt;p&gt;The Vellmar library reopened on Monday.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private static CollectingListener read(String... inputs) {
        return CollectingListener.read(inputs);
    }

    @Test
    void readsEachRssItemWithItsMetadata() {
        String path = write(dir, "courier.rss", RSS).toString();

        CollectingListener listener = read(path);

        assertThat(listener.skipped).isEmpty();
        assertThat(listener.sources()).containsExactly(path + "#1", path + "#2");
        RawDocument first = listener.documents.get(0);
        assertThat(first.kind()).isEqualTo(RawDocument.ContentKind.HTML);
        assertThat(first.body()).isEqualTo("<p>The Norrby ferry terminal opened on Saturday.</p>");
        assertThat(first.hints().url()).isEqualTo("https://courier.example/ferry");
        assertThat(first.hints().title()).isEqualTo("Ferry terminal opens");
        assertThat(first.hints().byline()).contains("Ilse Varga");
        assertThat(first.hints().published()).isEqualTo("2024-03-02T08:30:00Z");
        assertThat(first.hints().site()).isEqualTo("Norrby Courier");
        RawDocument second = listener.documents.get(1);
        assertThat(second.kind()).isEqualTo(RawDocument.ContentKind.TEXT);
        assertThat(second.body()).isEqualTo("Harbour fees in Norrby will rise by four percent in April.");
        assertThat(second.hints().published()).isNull();
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void readsAtomEntryContentAndAuthorByContentWhateverTheName() {
        String path = write(dir, "gazette.data", ATOM).toString();

        RawDocument entry = read(path).only();

        assertThat(entry.source()).isEqualTo(path + "#1");
        assertThat(entry.kind()).isEqualTo(RawDocument.ContentKind.HTML);
        assertThat(entry.body()).isEqualTo("<p>The Vellmar library reopened on Monday.</p>");
        assertThat(entry.hints().byline()).isEqualTo("Oskar Lind");
        assertThat(entry.hints().url()).isEqualTo("https://gazette.example/library");
        assertThat(entry.hints().published()).isEqualTo("2024-03-05T08:00:00Z");
    }

    @Test
    void readsGzippedFeed() {
        String path = write(dir, "courier.xml.gz", TestFiles.gzip(RSS)).toString();

        assertThat(read(path).sources()).containsExactly(path + "#1", path + "#2");
    }

    @Test
    void skipsMalformedFeedXmlWithParserMessageAndReadsTheOthers() {
        String broken = RSS.replace("</channel>", "");
        String path = write(dir, "broken.rss", broken).toString();
        String good = write(dir, "good.atom", ATOM).toString();

        CollectingListener listener = read(path, good);

        assertThat(listener.sources()).containsExactly(good + "#1");
        assertThat(listener.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(path);
            assertThat(skip.reason()).startsWith("malformed feed XML: ").doesNotContain("\n");
        });
    }

    @Test
    void refusesFeedWithExternalEntityWithoutReadingIt() {
        Path secret = write(dir, "secret.txt", "TOP-SECRET-VALUE-4711");
        String feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Trap</title><link>https://trap.example/</link>
                <description>x</description>
                <item><title>Leak</title><description>&leak;</description></item></channel></rss>
                """.formatted(secret.toUri());
        String path = write(dir, "trap.xml", feed).toString();
        String good = write(dir, "good.rss", RSS).toString();

        CollectingListener listener = read(path, good);

        assertThat(listener.documents).noneMatch(document -> document.body().contains("TOP-SECRET"));
        assertThat(listener.sources()).containsExactly(good + "#1", good + "#2");
        assertThat(listener.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(path);
            assertThat(skip.reason()).isEqualTo("feed declares a DOCTYPE, refused so that no external entity is read");
        });
    }
}
