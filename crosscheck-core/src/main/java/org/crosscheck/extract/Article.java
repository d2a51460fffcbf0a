package org.crosscheck.extract;

import java.util.Objects;
import org.crosscheck.time.PartialDate;

/**
 * An article's main text and metadata, as every later stage sees it.
 *
 * @param id        stable id, from {@link org.crosscheck.ingest.RawDocument#id()}
 * @param source    where it came from
 * @param url       canonical URL, or null
 * @param title     title without section or site suffix, or null
 * @param byline    author(s), or null
 * @param published publication date at the precision known, with its time and offset when the
 *                  source gives them, or null
 * @param site      site or outlet name, or null
 * @param language  ISO 639-1 code such as "en", or null when it cannot be told
 * @param text      main text; paragraphs separated by one blank line; held to {@link TextBounds}
 *                  (overlong tokens cut, overlong sentences broken), as is the title
 * @param outlet    the outlet that published it, never null: {@code unknown} when nothing names it; when
 *                  null or blank here, named from the site and URL alone (see {@link OutletNamer})
 *
 * <p>Serializable so that a distributed run can hand articles from one task to the next, in the
 * compact form of {@link ArticleSerialForm}.
 */
public record Article(String id, String source, String url, String title, String byline,
                      PartialDate published, String site, String language, String text, String outlet)
        implements java.io.Serializable {

    /** The outlet of an article nothing names. */
    public static final String UNKNOWN_OUTLET = "unknown";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        title = TextBounds.bound(title);
        text = TextBounds.bound(text);
        outlet = outlet == null || outlet.isBlank() ? OutletNamer.of(site, url) : outlet.strip();
    }

    /** An article whose outlet is named from its site and URL alone. */
    public Article(String id, String source, String url, String title, String byline,
                   PartialDate published, String site, String language, String text) {
        this(id, source, url, title, byline, published, site, language, text, null);
    }

    @java.io.Serial
    private Object writeReplace() {
        return new ArticleSerialForm(this);
    }
}
