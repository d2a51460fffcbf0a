package org.crosscheck.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xml.sax.InputSource;

/**
 * An RSS 2.0 or Atom feed, parsed with ROME: every item is a document with source
 * {@code path#ITEM} (counting from 1). The body is the item's content ({@code content:encoded},
 * Atom {@code content}) when present, else its description; it is HTML when it holds markup, else
 * text. Hints: link, title, author, published date (else updated date) as an ISO-8601 instant,
 * the feed's title as site and its language. An item's body is the article as the feed states it,
 * kept whatever its length. Documents with a DOCTYPE are refused outright, so
 * that no external entity (XXE) is ever resolved; the parser reads the encoding declaration.
 */
final class FeedInput implements InputFormat {

    @Override
    public void read(LoadedInput input, DocumentListener listener) throws UnreadableInputException {
        SyndFeed feed = parse(input.bytes());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            int number = i + 1;
            SyndEntry entry = entries.get(i);
            String body = body(entry);
            if (body == null) {
                listener.skipped(new SkippedInput(input.recordSource(number), "feed item has neither content nor description"));
                continue;
            }
            RawDocument.ContentKind kind = KindSniffer.hasMarkup(body) ? RawDocument.ContentKind.HTML : RawDocument.ContentKind.TEXT;
            DocumentHints hints = new DocumentHints(blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
                    author(entry), published(entry), blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()));
            listener.document(new RawDocument(ArticleIds.derive(input.fileName(), String.valueOf(number), body),
                    input.recordSource(number), kind, body, hints, true));
        }
    }

    private static SyndFeed parse(byte[] bytes) throws UnreadableInputException {
        SyndFeedInput parser = new SyndFeedInput(false, Locale.US);
        parser.setAllowDoctypes(false);
        try {
            return parser.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException e) {
            String message = UnreadableInputException.firstLine(e);
            if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                throw new UnreadableInputException("feed declares a DOCTYPE, refused so that no external entity is read");
            }
            throw new UnreadableInputException("malformed feed XML: " + message);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("not an RSS or Atom feed: " + UnreadableInputException.firstLine(e));
        }
    }

    private static String body(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .collect(Collectors.joining("\n"));
        if (!content.isBlank()) {
            return content.strip();
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : blankToNull(description.getValue());
    }

    private static String author(SyndEntry entry) {
        String author = blankToNull(entry.getAuthor());
        if (author != null) {
            return author;
        }
        String names = entry.getAuthors().stream().map(SyndPerson::getName).filter(Objects::nonNull)
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static String published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
