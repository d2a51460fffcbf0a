package org.crosscheck.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.JsonLdReader.JsonLdArticle;
import org.crosscheck.time.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Title, byline, publication date, site name, canonical URL and declared language from an HTML
 * page's head and markup: JSON-LD, Open Graph and article meta tags, itemprop, {@code <time>},
 * {@code <h1>}/{@code <title>}, rel=author and byline classes, and a date in the URL path. The
 * publication date is preferred over modified/updated dates; titles lose their site/section suffix.
 * Must run on the page before {@link PageCleaner} strips headers.
 */
final class MetadataExtractor {

    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|-|\\.)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");
    private static final Pattern LEADING_BY = Pattern.compile("^(written |words |reported |report )?by:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
    private static final Set<String> BYLINE_CLASSES = Set.of("byline", "author", "writer", "contributor");
    private static final int MAX_BYLINE_CHARS = 100;
    /** Meta tags (property or name) that give the publication time, most trusted first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date.issued", "dc.date",
            "dcterms.issued", "sailthru.date", "parsely-pub-date");

    private final TitleCleaner titles = new TitleCleaner();
    private final ClassIdCues bylineClasses = new ClassIdCues(BYLINE_CLASSES);

    /** The metadata of an unstripped page; {@code fallbackUrl} (a hint) gives the host when the page has none. */
    PageMetadata extract(Document page, String fallbackUrl) {
        List<JsonLdArticle> ld = JsonLdReader.read(page);
        Map<String, String> metas = metaIndex(page);
        Elements canonical = page.getElementsByAttributeValue("rel", "canonical");
        String url = firstNonBlank(canonical.attr("abs:href"), absolute(canonical.attr("href")), meta(metas, "og:url"),
                ld.stream().map(JsonLdArticle::url).filter(u -> u != null && u.startsWith("http")).findFirst().orElse(null));
        String host = host(url != null ? url : fallbackUrl);
        String publisher = ld.stream().map(JsonLdArticle::publisher).filter(p -> p != null).findFirst().orElse(null);
        String site = firstNonBlank(meta(metas, "og:site_name"), publisher, host);
        String rawTitle = firstNonBlank(meta(metas, "og:title"),
                ld.stream().map(JsonLdArticle::headline).filter(h -> h != null).findFirst().orElse(null));
        if (rawTitle == null) { // the page's own headline only when the head names none
            rawTitle = firstNonBlank(page.getElementsByTag("h1").stream().map(Element::text)
                    .filter(t -> !t.isBlank()).findFirst().orElse(null), page.title());
        }
        String title = titles.clean(rawTitle, site, host);
        String body = ld.stream().map(JsonLdArticle::body).filter(b -> b != null).findFirst().orElse(null);
        Element html = page.children().first();
        String language = firstNonBlank(languageCode(html == null ? null : html.attr("lang")),
                languageCode(meta(metas, "content-language")));
        if (language == null) {
            language = firstNonBlank(languageCode(httpEquivLanguage(page)), languageCode(
                    ld.stream().map(JsonLdArticle::language).filter(l -> l != null).findFirst().orElse(null)));
        }
        return new PageMetadata(title, byline(page, metas, ld), published(page, metas, ld, url, fallbackUrl), site, url,
                language, body, publisher, meta(metas, "twitter:site"));
    }

    private static String httpEquivLanguage(Document page) {
        for (Element m : page.getElementsByTag("meta")) {
            if (m.attr("http-equiv").equalsIgnoreCase("content-language")) {
                return m.attr("content");
            }
        }
        return null;
    }

    private String byline(Document page, Map<String, String> metas, List<JsonLdArticle> ld) {
        for (JsonLdArticle a : ld) {
            if (!a.authors().isEmpty()) {
                String cleaned = cleanByline(String.join(", ", new LinkedHashSet<>(a.authors())));
                if (cleaned != null) {
                    return cleaned;
                }
                break;
            }
        }
        String cleaned = cleanByline(meta(metas, "author"));
        if (cleaned != null) {
            return cleaned;
        }
        String articleAuthor = meta(metas, "article:author");
        if (articleAuthor != null && !articleAuthor.matches("(?i)^(https?:|www\\.|/).*")
                && (cleaned = cleanByline(articleAuthor)) != null) {
            return cleaned;
        }
        // the markup is searched only when the head has no author (the common case is answered above)
        for (Element e : page.select("[rel=author], [itemprop=author]")) {
            if ((cleaned = cleanByline(e.text())) != null) {
                return cleaned;
            }
        }
        for (Element e : page.body().getAllElements()) {
            if (bylineClasses.matches(e) && (cleaned = cleanByline(e.text())) != null) {
                return cleaned;
            }
        }
        return null;
    }

    /** A byline without "By " and without a trailing date or role after a separator; null when implausible. */
    static String cleanByline(String raw) {
        if (raw == null) {
            return null;
        }
        String b = TextFurniture.normalise(raw);
        b = LEADING_BY.matcher(b).replaceFirst("");
        b = b.split("\\s+[|•·]\\s+")[0].strip();
        if (b.isEmpty() || b.length() > MAX_BYLINE_CHARS || b.matches("(?i)^(https?:|www\\.).*")) {
            return null;
        }
        return b;
    }

    private PartialDate published(Document page, Map<String, String> metas, List<JsonLdArticle> ld, String url,
                                  String fallbackUrl) {
        // candidates in order of trust, each looked for only when the ones before it gave no date
        for (JsonLdArticle a : ld) {
            Optional<PartialDate> d = plausible(a.datePublished());
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (String name : PUBLISHED_META) {
            Optional<PartialDate> d = plausible(meta(metas, name));
            if (d.isPresent()) {
                return d.get();
            }
        }
        List<String> isoCandidates = new ArrayList<>();
        for (Element e : page.select("[itemprop=datePublished]")) {
            isoCandidates.add(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
        }
        isoCandidates.addAll(timeElements(page));
        for (String c : isoCandidates) {
            Optional<PartialDate> d = plausible(c);
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (String u : new String[] {url, fallbackUrl}) {
            Optional<PartialDate> d = dateInUrl(u);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    /**
     * An ISO date of the metadata, unless it is the zero value of a date type that a template
     * printed for want of one ("0001-01-01T00:00:00Z"): no news page was written before the year 1000.
     */
    private static Optional<PartialDate> plausible(String iso) {
        return PartialDate.parseIso(iso).filter(d -> d.year() >= 1000);
    }

    /** datetime of {@code <time>} in the article or its header, publication times before others, modified ones never. */
    private static List<String> timeElements(Document page) {
        List<String> preferred = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Element t : page.select("article time[datetime], header time[datetime], main time[datetime], time[pubdate]")) {
            String cue = (t.className() + " " + t.id() + " " + t.attr("itemprop") + " "
                    + (t.parent() == null ? "" : t.parent().className())).toLowerCase(Locale.ROOT);
            if (cue.contains("modif") || cue.contains("updat") || cue.contains("edit")) {
                continue;
            }
            if (t.hasAttr("pubdate") || cue.contains("publish") || cue.contains("posted")) {
                preferred.add(t.attr("datetime"));
            } else {
                others.add(t.attr("datetime"));
            }
        }
        preferred.addAll(others);
        return preferred;
    }

    static Optional<PartialDate> dateInUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        try {
            Matcher m = URL_DAY.matcher(path);
            if (m.find()) {
                return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = URL_MONTH.matcher(path);
            if (m.find()) {
                return Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The host of a URL without "www.", or null. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The ISO 639-1 code of a language tag such as "en-GB" or "deu", or null. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = LANGUAGE_TAG.matcher(tag.strip());
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1).toLowerCase(Locale.ROOT);
        if (code.length() == 2) {
            return code;
        }
        for (String two : Locale.getISOLanguages()) {
            if (new Locale(two).getISO3Language().equals(code)) {
                return two;
            }
        }
        return null;
    }

    /** The first non-blank content of each meta tag's property and name (lower-cased), read in one pass. */
    private static Map<String, String> metaIndex(Document page) {
        Map<String, String> out = new HashMap<>();
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    out.putIfAbsent(key.toLowerCase(Locale.ROOT), content.strip());
                }
            }
        }
        return out;
    }

    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key);
    }

    private static String absolute(String href) {
        return href != null && href.matches("(?i)^https?://.*") ? href : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
