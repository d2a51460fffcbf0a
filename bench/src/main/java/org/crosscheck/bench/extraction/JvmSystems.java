package org.crosscheck.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.crosscheck.extract.ArticleExtractor;
import org.crosscheck.extract.ExtractionException;
import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.ingest.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.crosscheck.extract.ExtractionSettings;

/** The extractors that run inside this JVM, each turning one page into plain text. */
final class JvmSystems {

    /** One extractor under test. */
    interface System {
        String name();

        /** The article text of a page; an exception counts as an empty prediction. */
        String extract(BenchmarkPages.Page page) throws Exception;
    }

    private JvmSystems() {
    }

    static List<System> all() {
        return List.of(crosscheck(), readability4j(), boilerpipe(), jsoupBody());
    }

    /** crosscheck's ArticleExtractor on an HTML RawDocument with the page's url as its only hint. */
    static System crosscheck() {
        ArticleExtractor extractor = new ArticleExtractor(ExtractionSettings.defaults());
        return named("crosscheck", page -> {
            try {
                return extractor.extract(new RawDocument(page.id(), page.id() + ".html",
                        RawDocument.ContentKind.HTML, page.html(),
                        new DocumentHints(page.url(), null, null, null, null, null))).text();
            } catch (ExtractionException e) {
                return ""; // "no article text found" is an empty prediction, as the metric treats it
            }
        });
    }

    /** Readability4J 1.0.8: the article element's text, with a paragraph break at each block element. */
    static System readability4j() {
        return named("Readability4J 1.0.8", page -> {
            Element content = new Readability4J(page.url() == null ? "" : page.url(), page.html()).parse()
                    .getArticleContent();
            return content == null ? "" : paragraphs(content);
        });
    }

    /** boilerpipe 1.2.2 ArticleExtractor (NekoHTML parser); its one-line-per-block output becomes paragraphs. */
    static System boilerpipe() {
        return named("boilerpipe 1.2.2", page -> {
            try {
                String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(page.html());
                return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", "\n\n");
            } catch (BoilerpipeProcessingException e) {
                return "";
            }
        });
    }

    /** Baseline: jsoup's parse and {@code body().text()}: every word on the page, boilerplate included. */
    static System jsoupBody() {
        return named("jsoup body text", page -> Jsoup.parse(page.html(), page.url() == null ? "" : page.url())
                .body().text());
    }

    /**
     * An element's text as {@code Element.text()} gives it (whitespace runs become one space,
     * block boundaries separate words), but with a blank line at each jsoup block element or br so the
     * prediction keeps paragraphs. The token stream is the same as {@code text()}'s; the metric
     * ignores whitespace, so this only makes the written predictions readable.
     */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // as text(): source line breaks are spaces; soft hyphens and zero-width spaces vanish
                    out.append(t.getWholeText().replaceAll("\\s", " ").replaceAll("[\\u00AD\\u200B]", ""));
                } else if (node instanceof Element e && isBreak(e)) {
                    out.append('\u2029');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBreak(e)) {
                    out.append('\u2029');
                }
            }
        });
        return normaliseWhitespace(out.toString());
    }

    /** Where {@code text()} separates words: jsoup's block elements (p, div, li, td, h1...) and br. */
    private static boolean isBreak(Element e) {
        return e.isBlock() || e.nameIs("br");
    }

    /**
     * Whitespace containing a paragraph mark (U+2029) or a line break becomes a blank line,
     * any other whitespace run one space; the text is stripped. Used for Readability4J and for
     * Mozilla Readability's raw {@code textContent}.
     */
    static String normaliseWhitespace(String text) {
        String s = text.replace('\u00A0', ' ');
        s = s.replaceAll("[\\s\\u2029]*[\\n\\r\\u2029][\\s\\u2029]*", "\n\n");
        s = s.replaceAll("[ \\t\\x0B\\f]+", " ");
        s = s.replaceAll(" *\\n\\n *", "\n\n");
        return s.strip();
    }

    private interface Body {
        String apply(BenchmarkPages.Page page) throws Exception;
    }

    private static System named(String name, Body body) {
        return new System() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String extract(BenchmarkPages.Page page) throws Exception {
                return body.apply(page);
            }
        };
    }
}
