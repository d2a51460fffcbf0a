package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text blocks of an element, in document order: every paragraph, heading (h2-h6), list item,
 * quote or text-holding div becomes one block with its whitespace collapsed; two or more {@code <br>}
 * in a row also end a block. The walk is iterative ({@link NodeTraversor}), so any nesting depth is
 * safe. The first {@code <h1>} is left out: it is the title, read as metadata; later ones are section
 * headings of pages that use h1 throughout.
 */
final class BlockText {

    /** One block of text, how many of its characters sit inside links, and whether it is quoted (blockquote). */
    record Block(String text, int linkChars, boolean quoted) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
            "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "caption",
            "figure", "figcaption", "address", "details", "summary", "hr", "form", "fieldset", "center");

    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "button", "select", "option", "svg", "template", "textarea");

    private BlockText() {
    }

    /** The non-empty blocks under the element. */
    static List<Block> of(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;
        int skipDepth;
        int pendingBreaks;
        boolean seenH1;
        int quoteDepth;

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                if (node instanceof Element) {
                    skipDepth++;
                }
                return;
            }
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED_TAGS.contains(tag) || (tag.equals("h1") && !seenH1)) {
                    seenH1 |= tag.equals("h1");
                    skipDepth = 1;
                    flushIfBlock(tag);
                } else if (tag.equals("br")) {
                    pendingBreaks++;
                    if (pendingBreaks >= 2) {
                        flush();
                    } else {
                        append(" ");
                    }
                } else {
                    if (tag.equals("a")) {
                        linkDepth++;
                    }
                    flushIfBlock(tag);
                    if (tag.equals("blockquote")) {
                        quoteDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            String tag = e.normalName();
            if (tag.equals("a") && linkDepth > 0) {
                linkDepth--;
            }
            flushIfBlock(tag);
            if (tag.equals("blockquote") && quoteDepth > 0) {
                quoteDepth--;
            }
        }

        private void append(String s) {
            if (!s.isBlank()) {
                pendingBreaks = 0;
            }
            int before = visibleLength();
            text.append(s);
            if (linkDepth > 0) {
                linkChars += Math.max(0, visibleLength() - before);
            }
        }

        private int visibleLength() {
            return text.length();
        }

        private void flushIfBlock(String tag) {
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
        }

        void flush() {
            pendingBreaks = 0;
            String collapsed = TextFurniture.normalise(text.toString());
            if (!collapsed.isEmpty()) {
                int raw = Math.max(1, text.toString().strip().length());
                int links = (int) Math.round((double) Math.min(linkChars, raw) * collapsed.length() / raw);
                blocks.add(new Block(collapsed, links, quoteDepth > 0));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
