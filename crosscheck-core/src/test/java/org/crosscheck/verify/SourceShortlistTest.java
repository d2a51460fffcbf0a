package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.language.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** The sources a statement is read closely against, among invented council reports. */
class SourceShortlistTest {

    private static final SourceShortlist SHORTLIST = new SourceShortlist(new SentenceSplitter());

    private static final String[] TOWNS = {"Arvel", "Bressay", "Corlin", "Dunmere", "Eskholt", "Farrow", "Glenbrook",
            "Hallin", "Istow", "Jarrow Vale"};
    private static final String[] WORKS = {"road repairs", "a new library", "street lighting", "a swimming pool",
            "school roofs", "a bus depot", "park benches"};

    /** {@code n} invented local reports, each about one town council's spending. */
    static List<Article> unrelated(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String town = TOWNS[i % TOWNS.length];
            String work = WORKS[(i / TOWNS.length) % WORKS.length];
            out.add(new Article("council-" + i, "council-" + i + ".txt", null, town + " council votes on " + work, null,
                    null, "Local Desk " + i, "en", "The " + town + " council approved " + (i + 2) + " thousand crowns for "
                    + work + " on Monday.\n\nCouncillor Mira Tolland said the vote was close."));
        }
        return out;
    }

    private static Article report(String id, String text) {
        return new Article(id, id + ".txt", null, null, null, null, null, "en", text);
    }

    @Test
    void fewSourcesAreAllKept() {
        List<Article> sources = unrelated(5);
        assertThat(SHORTLIST.select("The Arvel council approved money for roads.", sources, 12)).isEqualTo(sources);
    }

    @Test
    void amongManyTheArticlesSharingTheStatementsWordsAreKeptInTheirOrder() {
        List<Article> sources = new ArrayList<>(unrelated(300));
        Article ferry = report("ferry", "The ferry between Oskarby and Velby resumed after a strike by deck crews.");
        Article bridge = report("bridge", "The Velby bridge was closed for a week after the storm.");
        sources.add(40, bridge);
        sources.add(200, ferry);
        List<Article> kept = SHORTLIST.select("The Oskarby ferry resumed. Velby closed its bridge.", sources, 4);
        assertThat(kept).hasSizeLessThanOrEqualTo(12).contains(ferry, bridge);
        assertThat(kept.indexOf(bridge)).isLessThan(kept.indexOf(ferry));
    }

    @Test
    void eachSentenceOfTheStatementGetsItsOwnBestArticles() {
        List<Article> sources = new ArrayList<>(unrelated(300));
        Article ferry = report("ferry", "The ferry between Oskarby and Velby resumed after a strike by deck crews.");
        sources.add(ferry);
        // the first sentence's words fill the whole-statement top 4 with council reports
        String statement = "The Arvel council approved thousand crowns for road repairs on Monday, councillor Mira Tolland said. "
                + "A ferry resumed.";
        assertThat(SHORTLIST.select(statement, sources, 4)).contains(ferry);
    }

    @Test
    void zeroKeepsEverySource() {
        List<Article> sources = unrelated(30);
        assertThat(SHORTLIST.select("The Arvel council approved money.", sources, 0)).isEqualTo(sources);
    }
}
