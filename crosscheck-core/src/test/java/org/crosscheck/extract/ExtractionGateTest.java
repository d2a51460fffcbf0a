package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.golden.GoldenSet;
import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.ingest.RawDocument.ContentKind;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The extraction gate: invented pages of six layouts (article element, content div, JSON-LD,
 * table layout, time element, byline date) with navigation, related links, share tools, comments
 * and footers around the story; the main text is scored by bag-of-words token F1 against the
 * story as written, and titles and dates by the share read exactly.
 */
class ExtractionGateTest {

    static final List<String> PAGES = List.of("article-tag", "div-content", "jsonld", "table-layout", "time-element",
            "text-byline", "teasers", "inline-furniture");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void extractionStaysAboveItsFloors() throws ExtractionException {
        GoldenSet golden = GoldenSet.of("extract");
        ArticleExtractor extractor = new ArticleExtractor(ExtractionSettings.defaults());
        double f1Sum = 0;
        int titles = 0;
        int dates = 0;
        List<String> misses = new ArrayList<>();
        for (String page : PAGES) {
            String[] expected = golden.text(page + ".expected.txt").split("\n---\n", 2);
            String title = field(expected[0], "title");
            String date = field(expected[0], "date");
            Article a = extractor.extract(new RawDocument(page, page + ".html", ContentKind.HTML,
                    golden.text(page + ".html"), DocumentHints.NONE));
            double f1 = tokenF1(expected[1], a.text());
            f1Sum += f1;
            if (title.equals(a.title())) {
                titles++;
            } else {
                misses.add(page + " title \"" + a.title() + "\"");
            }
            if (sameDay(a.published(), date)) {
                dates++;
            } else {
                misses.add(page + " date " + a.published());
            }
            if (f1 < 0.9) {
                misses.add(page + String.format(Locale.ROOT, " text F1 %.2f", f1));
            }
        }
        String detail = "misses: " + misses;
        golden.assertAtFloor("textF1", f1Sum / PAGES.size(), detail);
        golden.assertAtFloor("titleAccuracy", titles / (double) PAGES.size(), detail);
        golden.assertAtFloor("dateAccuracy", dates / (double) PAGES.size(), detail);
    }

    @Test
    void tokenF1CountsSharedWordsOnceForEachTimeBothHaveThem() {
        assertThat(tokenF1("the bridge closed", "The bridge closed.")).isEqualTo(1.0);
        assertThat(tokenF1("the bridge closed", "Home News the bridge closed")).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tokenF1("the bridge closed", "")).isZero();
    }

    private static boolean sameDay(PartialDate published, String iso) {
        return published != null && published.precision() == PartialDate.Precision.DAY
                && published.dateOnly().toString().equals(iso);
    }

    private static String field(String head, String name) {
        return head.lines().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2))
                .findFirst().orElseThrow();
    }

    /** Bag-of-words F1 of the lower-cased words of two texts. */
    static double tokenF1(String expected, String got) {
        Map<String, Integer> want = bag(expected);
        Map<String, Integer> have = bag(got == null ? "" : got);
        int wanted = want.values().stream().mapToInt(Integer::intValue).sum();
        int had = have.values().stream().mapToInt(Integer::intValue).sum();
        int shared = 0;
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            shared += Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0));
        }
        if (shared == 0) {
            return 0;
        }
        double precision = shared / (double) had;
        double recall = shared / (double) wanted;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }
}
