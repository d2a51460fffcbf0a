package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

/** An article longer than the claims stage reads gives the claims of its first sentences and says where it stopped. */
class LongArticleCutTest {

    private static final String[] TOWNS = {"Varnholt", "Brisk Ford", "Quellmere", "Ostrander Bay", "Halloway"};

    /** {@code n} sentences, one a paragraph, each a checkable claim naming a number. */
    private static String report(int n) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paragraphs.add("The council of " + TOWNS[i % TOWNS.length] + " said that " + (12 + i)
                    + " families were moved from the river district on Tuesday.");
        }
        return String.join("\n\n", paragraphs);
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, "Floods in the valley", null, PartialDate.parseIso("2026-03-04").orElseThrow(),
                null, "en", text);
    }

    @Test
    void readsTheFirstSentencesOfALongerArticleAndSaysWhereItStopped() {
        ClaimExtractor extractor = new ClaimExtractor(CheckableJudge.defaults(), new ClaimSettings(6, 100_000));
        Article longer = article("long", report(9));
        Article shorter = article("short", report(6));

        ClaimSet claims = extractor.extract(List.of(longer, shorter));

        List<Claim> ofLonger = claims.claims().stream().filter(c -> c.articleId().equals("long")).toList();
        assertThat(ofLonger).hasSize(6);
        assertThat(ofLonger.get(5).sentence()).contains("17 families");
        assertThat(claims.cut()).containsOnlyKeys("long");
        SentenceCut cut = claims.cut().get("long");
        assertThat(cut.sentencesRead()).isEqualTo(6);
        assertThat(longer.text().substring(0, cut.charactersRead())).endsWith("17 families were moved from the river district on Tuesday.");
        assertThat(claims.claims().stream().filter(c -> c.articleId().equals("short"))).hasSize(6);
    }

    @Test
    void readsNoFurtherThanTheCharacterBound() {
        String text = report(9);
        int bound = 300;
        int within = 0;
        int end = 0;
        for (int at = 0; at < text.length(); ) {
            int next = text.indexOf("\n\n", at);
            int sentenceEnd = next < 0 ? text.length() : next;
            if (sentenceEnd > bound) {
                break;
            }
            within++;
            end = sentenceEnd;
            at = sentenceEnd + 2;
        }
        ClaimExtractor extractor = new ClaimExtractor(CheckableJudge.defaults(), new ClaimSettings(1000, bound));

        ClaimSet claims = extractor.extract(List.of(article("long", text)));

        assertThat(within).isBetween(2, 4);
        assertThat(claims.claims()).hasSize(within);
        assertThat(claims.cut().get("long")).isEqualTo(new SentenceCut(within, end));
    }

    @Test
    void readsAStatementToVerifyWhole() {
        ClaimExtractor extractor = new ClaimExtractor(CheckableJudge.defaults(), new ClaimSettings(6, 100_000));
        Article statement = article("statement", report(9));

        ClaimExtraction read = extractor.extract(List.of(statement), Set.of("statement"));

        assertThat(read.claims().claims()).hasSize(9);
        assertThat(read.claims().cut()).isEmpty();
    }
}
