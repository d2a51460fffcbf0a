package org.crosscheck.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and comma count of every element under a root, computed in one
 * iterative walk, so that scoring and plausibility checks stay linear however deeply a page nests
 * (calling {@code text()} on every ancestor would be quadratic). Lengths count text with runs of
 * whitespace collapsed to one character. A snapshot: valid until the tree changes.
 */
final class TextLengths {

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextLengths() {
    }

    /** The counts for every element under (and including) the root. */
    static TextLengths of(Element root) {
        TextLengths lengths = new TextLengths();
        Deque<int[]> stack = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stack.push(new int[3]);
                    if (e.normalName().equals("a")) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    int[] top = stack.peek();
                    int chars = collapsedLength(t.getWholeText());
                    top[0] += chars;
                    if (linkDepth[0] > 0) {
                        top[1] += chars;
                    }
                    top[2] += commas(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] own = stack.pop();
                    lengths.counts.put(e, own);
                    if (!stack.isEmpty()) {
                        int[] parent = stack.peek();
                        parent[0] += own[0];
                        parent[1] += own[1];
                        parent[2] += own[2];
                    }
                    if (e.normalName().equals("a") && linkDepth[0] > 0) {
                        linkDepth[0]--;
                    }
                }
            }
        }, root);
        return lengths;
    }

    int chars(Element e) {
        return get(e)[0];
    }

    int commas(Element e) {
        return get(e)[2];
    }

    /** Share of the element's text inside links, 0 for an element without text. */
    double linkDensity(Element e) {
        int[] c = get(e);
        return c[0] == 0 ? 0 : Math.min(1.0, (double) c[1] / c[0]);
    }

    private int[] get(Element e) {
        int[] c = counts.get(e);
        return c == null ? new int[3] : c;
    }

    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
