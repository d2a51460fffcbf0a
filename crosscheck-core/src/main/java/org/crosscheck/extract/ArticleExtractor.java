package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.MainTextExtractor.MainText;
import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.language.LanguageDetector;
import org.crosscheck.language.LazyModel;
import org.crosscheck.time.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Main text and metadata of one document: HTML through the page cascade, plain text through the line
 * classifier. Only a page (a document the input does not state to be the article) must reach the
 * minimum length; a stated text of one word is still an article.
 */
public final class ArticleExtractor {

    /** How many leading blocks of an HTML page are searched for a date line when the markup has no date. */
    private static final int DATE_LINE_BLOCKS = 10;
    /** How many leading blocks of an HTML page's text may be a byline line. */
    private static final int HEAD_BLOCKS = 3;
    /**
     * Characters of the text given to language detection: a few paragraphs name the language as surely as a
     * whole article, and the detector's n-gram pass was about a tenth of the extraction time at its own
     * 4,000-character window (issue 3 benchmark profile).
     */
    private static final int LANGUAGE_SAMPLE_CHARS = 1500;

    private final ExtractionSettings settings;
    private final DateLineReader dates;
    private final TextFurniture furniture;
    private final TextHeadReader head;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final TitleCleaner titles = new TitleCleaner();
    private final PageCleaner cleaner;
    private final MainTextExtractor mainText;
    private final OutletNamer outlets;
    private final LazyModel<LanguageDetector> languages = LazyModel.of(LanguageDetector::new);

    public ArticleExtractor(ExtractionSettings settings) {
        this(settings, OutletDirectory.EMPTY);
    }

    /** An extractor that names outlets from the user's directory first. */
    public ArticleExtractor(ExtractionSettings settings, OutletDirectory outletDirectory) {
        this.settings = settings;
        this.outlets = new OutletNamer(outletDirectory);
        this.dates = new DateLineReader(settings);
        this.furniture = new TextFurniture(settings, dates);
        this.head = new TextHeadReader(settings, dates, furniture);
        this.cleaner = new PageCleaner(settings);
        this.mainText = new MainTextExtractor(settings);
    }

    /** The article in a document, or an exception whose message says why there is none. */
    public Article extract(RawDocument document) throws ExtractionException {
        Found found;
        try {
            found = document.kind() == RawDocument.ContentKind.HTML ? fromHtml(document) : fromText(document);
        } catch (RuntimeException e) {
            throw new ExtractionException("unreadable document: " + e.getClass().getSimpleName());
        }
        int minWords = document.stated() ? 1 : settings.outputMinWords();
        if (TextFurniture.words(TextFurniture.normalise(found.text())) < minWords) {
            throw new ExtractionException("no article text found");
        }
        DocumentHints hints = document.hints();
        PartialDate published = Optional.ofNullable(hints.published()).flatMap(PartialDate::parseIso)
                .orElse(found.published());
        String language = first(MetadataExtractor.languageCode(hints.language()), found.language());
        if (language == null) {
            String text = found.text();
            language = languageDetector().detect(text.length() > LANGUAGE_SAMPLE_CHARS
                    ? text.substring(0, LANGUAGE_SAMPLE_CHARS) : text).orElse(null);
        }
        String url = first(hints.url(), found.url());
        String site = first(hints.site(), found.site(), url == null ? null : MetadataExtractor.host(url));
        String outlet = outlets.name(java.util.Arrays.asList(hints.site(), found.site(), found.publisher(),
                found.bylineOutlet()), found.socialHandle(), url, document.source());
        return new Article(document.id(), document.source(), url, first(hints.title(), found.title()),
                first(hints.byline(), found.byline()), published, site, language, found.text(), outlet);
    }

    /** What the body yielded, before hints; publisher, byline outlet and social handle are further outlet names. */
    private record Found(String title, String byline, PartialDate published, String site, String url,
                         String language, String text, String publisher, String bylineOutlet, String socialHandle) {
    }

    private Found fromHtml(RawDocument document) {
        String baseUri = document.hints().url() == null ? "" : document.hints().url();
        Document page = Jsoup.parse(document.body(), baseUri);
        PageMetadata meta = metadata.extract(page, document.hints().url());
        List<String> pageBlocks = meta.published() == null
                ? BlockText.of(page.body()).stream().map(BlockText.Block::text).toList() : List.of();
        cleaner.clean(page);
        MainText main = mainText.extract(page, Optional.ofNullable(meta.jsonLdBody()));
        PartialDate published = meta.published();
        if (published == null) {
            published = dateLine(main.blocks()).or(() -> dateLine(leadingBlocks(pageBlocks, main.blocks())))
                    .orElse(null);
        }
        List<String> separated = new ArrayList<>();
        main.blocks().forEach(b -> {
            separated.add(b);
            separated.add("");
        });
        List<String> blocks = new ArrayList<>(furniture.strip(separated));
        blocks.removeIf(String::isBlank);
        String title = meta.title();
        String hintTitle = document.hints().title();
        if (!blocks.isEmpty() && (blocks.get(0).equalsIgnoreCase(String.valueOf(title))
                || blocks.get(0).equalsIgnoreCase(String.valueOf(hintTitle)))) {
            blocks.remove(0);
        }
        // a byline block ("By Priya Lindqvist") at the top is metadata, not text
        for (int i = 0; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
            if (head.bylineOf(blocks.get(i)).isPresent()) {
                blocks.remove(i);
                break;
            }
        }
        return new Found(meta.title(), meta.byline(), published, meta.site(), meta.url(), meta.language(),
                String.join("\n\n", blocks), meta.publisher(), null, meta.socialHandle());
    }

    /** The first publication date line among the leading blocks. */
    private Optional<PartialDate> dateLine(List<String> blocks) {
        return blocks.stream().limit(DATE_LINE_BLOCKS).map(dates::read).flatMap(Optional::stream)
                .filter(d -> !d.updated()).map(DateLineReader.DateLine::date).findFirst();
    }

    /** The page's blocks before the main text starts (page headers carry date lines). */
    private static List<String> leadingBlocks(List<String> pageBlocks, List<String> mainBlocks) {
        int end = mainBlocks.isEmpty() ? pageBlocks.size() : pageBlocks.indexOf(mainBlocks.get(0));
        List<String> before = pageBlocks.subList(0, end < 0 ? pageBlocks.size() : end);
        return before.subList(Math.max(0, before.size() - DATE_LINE_BLOCKS), before.size());
    }

    private Found fromText(RawDocument document) {
        List<String> lines = List.of(document.body().replace("\uFEFF", "").split("\\r\\n|\\r|\\n", -1));
        TextHead textHead = head.read(lines);
        List<String> kept = furniture.strip(textHead.bodyLines());
        DocumentHints hints = document.hints();
        String site = first(hints.site(), textHead.site());
        String title = titles.clean(textHead.title(), site, hints.url() == null ? null : MetadataExtractor.host(hints.url()));
        return new Found(title, textHead.byline(), textHead.published(), textHead.site(), null, null,
                paragraphs(kept), null, textHead.bylineOutlet(), null);
    }

    /** Blank lines end paragraphs; wrapped lines inside one are joined with a space. */
    private static String paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String t = TextFurniture.normalise(line);
            if (t.isEmpty()) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(t);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return String.join("\n\n", out);
    }

    private LanguageDetector languageDetector() {
        return languages.get();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
