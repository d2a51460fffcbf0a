package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text before any scoring: scripts, styles, navigation, page headers
 * and footers, asides, small forms (a form holding most of the page's text, as ASP.NET pages wrap the
 * whole body in one, is kept), frames, figures and captions, hidden elements, and elements whose
 * class or id names navigation, comments, share bars, related links, captions, credits, newsletter
 * prompts, cookie notices or ads (the cues in {@code removal-class-cues.txt}), unless a class names an
 * embed ({@code keep-class-cues.txt}) and the element quotes a post (a tweet's blockquote). The body, {@code
 * <article>}, {@code <main>}, itemprop=articleBody and any element holding most of the page's text
 * are kept whatever their class says. Works on a document the caller owns.
 */
final class PageCleaner {

    private static final String JUNK_TAGS = "script, style, noscript, nav, header, footer, aside, iframe, "
            + "figure, figcaption, svg, canvas, template, button, select, textarea, input, object, embed, "
            + "video, audio, picture, dialog, menu";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "article", "main");
    /** An element holding more than this share of the page's text is never removed for its class. */
    private static final double PROTECTED_TEXT_SHARE = 0.5;

    private final ClassIdCues removalCues;
    private final ClassIdCues keepCues;

    PageCleaner(ExtractionSettings settings) {
        this.removalCues = new ClassIdCues(settings.removalClassCues());
        this.keepCues = new ClassIdCues(settings.keepClassCues());
    }

    /** Strips the document in place. */
    void clean(Document document) {
        removeComments(document);
        Element body = document.body();
        List<Element> doomed = new ArrayList<>(body.select(JUNK_TAGS));
        // a <header> or <footer> inside an article can still carry the byline or date, never body text
        doomed.forEach(Node::remove);
        TextLengths lengths = TextLengths.of(body);
        int pageText = Math.max(1, lengths.chars(body));
        List<Element> byClass = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || PROTECTED_TAGS.contains(e.normalName())
                        || isArticleBody(e)) {
                    return FilterResult.CONTINUE;
                }
                if (isHidden(e) || ((removalCues.matches(e) && !isEmbeddedPost(e) || e.normalName().equals("form")) && lengths.chars(e) <= PROTECTED_TEXT_SHARE * pageText
                        && !containsArticleBody(e))) {
                    byClass.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        byClass.forEach(Node::remove);
    }

    /** A wrapper named as an embed that quotes a post (tweets and Instagram posts are blockquotes). */
    private boolean isEmbeddedPost(Element e) {
        return keepCues.matches(e) && !e.getElementsByTag("blockquote").isEmpty();
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    private static boolean isArticleBody(Element e) {
        return "articlebody".equals(e.attr("itemprop").toLowerCase(Locale.ROOT));
    }

    private static boolean containsArticleBody(Element e) {
        return !e.select("[itemprop=articleBody], article, main").isEmpty();
    }

    private static void removeComments(Document document) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, document);
        comments.forEach(Node::remove);
    }
}
