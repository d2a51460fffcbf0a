package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The main text of an HTML page as blocks, through a cascade in the spirit of trafilatura: (1)
 * structured markup (itemprop=articleBody, {@code <article>}, {@code <main>}, role=main, and the
 * JSON-LD articleBody), each accepted only when it holds enough text with few links; (2) the DOM
 * scoring pass of {@link ContainerScorer}; (3) a baseline of every {@code <p>} with enough text,
 * which replaces the result when the earlier steps under-deliver. The page must already be cleaned
 * by {@link PageCleaner}. Furniture lines are left for {@link TextFurniture}.
 */
final class MainTextExtractor {

    /** The blocks found and the cascade step that found them. */
    record MainText(List<String> blocks, String strategy, List<Element> roots) {

        MainText {
            blocks = List.copyOf(blocks);
            roots = List.copyOf(roots);
        }

        MainText(List<String> blocks, String strategy) {
            this(blocks, strategy, List.of());
        }

        int chars() {
            return blocks.stream().mapToInt(String::length).sum();
        }
    }

    private static final String[][] STRUCTURED = {
        {"itemprop", "[itemprop=articleBody]"},
        {"article", "article"},
        {"main", "main"},
        {"role-main", "[role=main]"},
    };

    private static final String JSON_LD_MARKUP = "json-ld-markup";
    private static final Pattern ESCAPED_TAG = Pattern.compile("&lt;/?[a-zA-Z][a-zA-Z0-9]*[\\s/&]");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[\\s/>]");

    private final ExtractionSettings settings;
    private final ContainerScorer scorer;
    private final PageCleaner cleaner;

    MainTextExtractor(ExtractionSettings settings) {
        this.settings = settings;
        this.scorer = new ContainerScorer(settings);
        this.cleaner = new PageCleaner(settings);
    }

    /** The main text blocks of a cleaned page; {@code jsonLdBody} is the JSON-LD articleBody if any. */
    MainText extract(Document cleaned, Optional<String> jsonLdBody) {
        Element body = cleaned.body();
        TextLengths lengths = TextLengths.of(body); // one walk serves every step: the tree no longer changes
        MainText chosen = structured(body, lengths).orElse(null);
        Optional<MainText> fromJsonLd = jsonLdBody.map(this::jsonLdText)
                .filter(t -> t.chars() >= settings.structuredMinChars());
        if (chosen == null && fromJsonLd.isPresent()) {
            // the scoring pass wins when it finds about the same text: the DOM keeps paragraph breaks and
            // embeds, and a body written as (escaped) HTML carries captions that the DOM cleaning removes
            MainText json = fromJsonLd.get();
            MainText dom = scored(body, lengths);
            boolean markup = json.strategy().equals(JSON_LD_MARKUP);
            if (dom != null && (markup || dom.chars() <= settings.domOverJsonLdMaxRatio() * json.chars())) {
                chosen = dom;
            }
        }
        if (fromJsonLd.isPresent()
                && (chosen == null || chosen.chars() < settings.domOverJsonLdRatio() * fromJsonLd.get().chars())) {
            chosen = fromJsonLd.get();
        }
        if (chosen == null) {
            chosen = scored(body, lengths);
        }
        MainText baseline = baseline(body, lengths, chosen == null ? List.of() : chosen.roots());
        if (chosen == null || chosen.chars() == 0
                || baseline.chars() > settings.baselineRescueRatio() * chosen.chars()) {
            return baseline;
        }
        return chosen;
    }

    private MainText scored(Element body, TextLengths lengths) {
        List<Element> best = scorer.best(body, lengths);
        if (best.isEmpty()) {
            return null;
        }
        List<String> blocks = new ArrayList<>();
        best.forEach(e -> blocks.addAll(blocksOf(e)));
        return new MainText(blocks, "scoring", best);
    }

    private Optional<MainText> structured(Element body, TextLengths lengths) {
        for (String[] step : STRUCTURED) {
            Element best = null;
            int bestChars = 0;
            for (Element candidate : body.select(step[1])) {
                int chars = lengths.chars(candidate);
                if (chars >= settings.structuredMinChars() && chars > bestChars
                        && lengths.linkDensity(candidate) <= settings.structuredMaxLinkDensity()
                        && !holdsOtherArticles(candidate, lengths)) {
                    best = candidate;
                    bestChars = chars;
                }
            }
            if (best != null) {
                return Optional.of(new MainText(blocksOf(best), step[0], List.of(best)));
            }
        }
        return Optional.empty();
    }

    /**
     * An element wrapping other {@code <article>} elements with text of their own is a listing (the post
     * plus its related posts, or a teaser grid), not the article; empty widget articles do not count.
     */
    private boolean holdsOtherArticles(Element candidate, TextLengths lengths) {
        for (Element nested : candidate.select("article")) {
            if (nested != candidate && lengths.chars(nested) >= settings.scoringMinParagraphChars()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON-LD articleBody as blocks. A body holding markup, even entity-escaped ({@code &lt;div&gt;}),
     * is unescaped, parsed and cleaned like a page, so no tag ever reaches the text.
     */
    private MainText jsonLdText(String articleBody) {
        List<String> blocks = new ArrayList<>();
        String body = ESCAPED_TAG.matcher(articleBody).find()
                ? Parser.unescapeEntities(articleBody, false) : articleBody;
        if (MARKUP.matcher(body).find()) {
            Document fragment = Jsoup.parseBodyFragment(body);
            cleaner.clean(fragment);
            blocks.addAll(blocksOf(fragment.body()));
            return new MainText(blocks, JSON_LD_MARKUP);
        } else {
            for (String paragraph : articleBody.split("\\n\\s*")) {
                String t = TextFurniture.normalise(paragraph);
                if (!t.isEmpty()) {
                    blocks.add(t);
                }
            }
        }
        return new MainText(blocks, "json-ld");
    }

    /**
     * Every {@code <p>} with enough text and few links, except those inside an {@code <article>} that
     * is neither inside nor around the cascade's chosen containers (another post: a related-posts teaser).
     */
    private MainText baseline(Element body, TextLengths lengths, List<Element> chosenRoots) {
        List<String> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element p : body.select("p")) {
            if (inOtherArticle(p, chosenRoots)
                    || lengths.chars(p) < settings.baselineMinParagraphChars()
                    || lengths.linkDensity(p) > settings.blockMaxLinkDensity()) {
                continue;
            }
            String t = TextFurniture.normalise(p.text());
            if (seen.add(t)) {
                blocks.add(t);
            }
        }
        return new MainText(blocks, "baseline");
    }

    private static boolean inOtherArticle(Element p, List<Element> chosenRoots) {
        if (chosenRoots.isEmpty()) {
            return false;
        }
        Element article = p.closest("article");
        if (article == null) {
            return false;
        }
        for (Element root : chosenRoots) {
            if (root == article || isAncestor(article, root) || isAncestor(root, article)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<String> blocksOf(Element container) {
        List<String> out = new ArrayList<>();
        for (BlockText.Block b : BlockText.of(container)) {
            // a quoted post (an embedded tweet: its text, handle and date are all links) is kept whole
            if (b.linkDensity() <= settings.blockMaxLinkDensity() || b.quoted()) {
                out.add(b.text());
            }
        }
        return out;
    }
}
