package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The DOM scoring pass (in the spirit of readability): every paragraph-like block with enough text
 * scores 1 + its commas + one point per 100 characters (at most 3), credited in full to its parent
 * and half to its grandparent; a container then gains or loses the class weight for positive or
 * negative class/id cues and is scaled by (1 - link density). The best container wins, together with
 * sibling containers that score at least a fifth of it.
 */
final class ContainerScorer {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_CHILD_TAGS = Set.of(
            "p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "form", "header", "footer", "aside", "nav", "main", "figure");
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;

    private final ExtractionSettings settings;
    private final ClassIdCues positive;
    private final ClassIdCues negative;

    ContainerScorer(ExtractionSettings settings) {
        this.settings = settings;
        this.positive = new ClassIdCues(settings.positiveClassCues());
        this.negative = new ClassIdCues(settings.negativeClassCues());
    }

    /** The best containers in document order, or an empty list when none has enough text; lengths cover body. */
    List<Element> best(Element body, TextLengths lengths) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
        Elements all = body.getAllElements();
        for (Element e : all) {
            if (!isParagraphLike(e)) {
                continue;
            }
            int chars = lengths.chars(e);
            if (chars < settings.scoringMinParagraphChars()) {
                continue;
            }
            double score = 1 + lengths.commas(e) + Math.min(chars / 100.0, 3);
            if (lengths.linkDensity(e) <= settings.paragraphMaxLinkDensity()) {
                paragraphChars.merge(e, chars, Integer::sum);
            }
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        sumUpwards(all, body, paragraphChars);
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        Map<Element, Double> finals = new IdentityHashMap<>();
        // in document order, so that a tie goes to the first container whatever the identity hashes
        List<Element> order = new ArrayList<>(body.parents());
        java.util.Collections.reverse(order);
        order.addAll(all);
        for (Element c : order) {
            Double raw = scores.get(c);
            if (raw == null) {
                continue;
            }
            double s = (raw + tagWeight(c) + classWeight(c)) * (1 - lengths.linkDensity(c));
            finals.put(c, s);
            if (s > topScore) {
                topScore = s;
                top = c;
            }
        }
        if (top == null || lengths.chars(top) < settings.scoringMinChars()) {
            return List.of();
        }
        Element widened = widen(top, body, paragraphChars, lengths);
        return withSiblings(widened, widened == top ? topScore : finals.getOrDefault(widened, topScore), finals,
                lengths);
    }

    /**
     * Turns each element's own prose characters into the total of its subtree (and credits the
     * ancestors above the body with the body's total), in one pass: the elements come in document
     * order, so walking them backwards meets every child before its parent.
     */
    private static void sumUpwards(Elements all, Element body, Map<Element, Integer> paragraphChars) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            Integer total = paragraphChars.get(e);
            if (total == null || e == body) {
                continue;
            }
            Element parent = e.parent();
            if (parent != null) {
                paragraphChars.merge(parent, total, Integer::sum);
            }
        }
        Integer total = paragraphChars.get(body);
        if (total != null) {
            for (Element a = body.parent(); a != null; a = a.parent()) {
                paragraphChars.merge(a, total, Integer::sum);
            }
        }
    }

    /**
     * Climbs from the best container to its ancestors while what each one adds is mostly prose paragraphs
     * (or nothing): an article split into sections around a figure or pull quote is then taken whole, while a
     * wrapper that adds a sidebar, a menu or link lists stops the climb.
     */
    private Element widen(Element top, Element body, Map<Element, Integer> paragraphChars, TextLengths lengths) {
        Element current = top;
        for (int level = 0; level < settings.widenMaxLevels(); level++) {
            Element parent = current.parent();
            if (parent == null || parent == body || negative.matches(parent)) {
                break;
            }
            int added = lengths.chars(parent) - lengths.chars(current);
            int addedProse = paragraphChars.getOrDefault(parent, 0) - paragraphChars.getOrDefault(current, 0);
            if (added > 0 && ((double) addedProse / added < settings.widenMinParagraphShare()
                    || lengths.linkDensity(parent) > settings.paragraphMaxLinkDensity())) {
                break;
            }
            current = parent;
        }
        return current;
    }

    private List<Element> withSiblings(Element top, double topScore, Map<Element, Double> finals,
                                       TextLengths lengths) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double floor = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(top);
            } else if (finals.getOrDefault(sibling, 0.0) >= floor && sameTag(sibling, top)) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p") && lengths.chars(sibling) >= 80
                    && lengths.linkDensity(sibling) < 0.25) {
                out.add(sibling); // a loose paragraph beside the content div (readability keeps these)
            }
        }
        return out;
    }

    private static boolean sameTag(Element a, Element b) {
        return a.normalName().equals(b.normalName());
    }

    private static boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCK_CHILD_TAGS.contains(child.normalName())) {
                return false;
            }
        }
        // a div of inline text (spans, <br>-separated lines, as blog editors write) is a paragraph
        return true;
    }

    private double classWeight(Element e) {
        double w = 0;
        if (negative.matches(e)) {
            w -= settings.classWeight();
        }
        if (positive.matches(e)) {
            w += settings.classWeight();
        }
        return w;
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ul", "ol", "dl", "form", "li" -> -3;
            case "body" -> -5;
            default -> 0;
        };
    }

}
