package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;
import org.junit.jupiter.api.Test;

class ClaimExtractorSpeedTest {

    private static final String[] PEOPLE = {"Ingrid Halvorsen", "Tomas Varga", "Oskar Lind", "Mira Sollberg",
        "Jonas Eklund", "Petra Noor"};
    private static final String[] TOWNS = {"Tarnsby", "Orvik", "Kestrel Bay", "Eastmoor", "Hollin"};

    /** Thirty short invented articles of eight sentences each, like one busy story set. */
    static List<Article> thirtyArticles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String surname = person.substring(person.indexOf(' ') + 1);
            String town = TOWNS[i % TOWNS.length];
            String text = String.join("\n\n",
                    person + " said on Friday that " + (10 + i) + " people were injured when a lorry hit "
                            + (2 + i % 4) + " cars in " + town + ".",
                    "The council will spend $" + (1 + i % 5) + ".5 million on repairs, according to the "
                            + "Northland Transport Safety Board.",
                    "Police did not confirm the cause of the crash on the coastal road.",
                    "The driver reportedly lost control of the vehicle on the icy bridge.",
                    "Repair costs in " + town + " rose " + (5 + i) + " percent last September.",
                    "Is the bridge safe for the children who cross it every day?",
                    surname + "'s office closed the bridge for " + (2 + i % 3) + " days.",
                    "The NTSB opened an inquiry into the crash on February 18, 2024.");
            PartialDate published = i % 3 == 0 ? null : PartialDate.of(LocalDate.of(2024, 2, 19));
            out.add(new Article("speed-" + i, "speed-" + i + ".txt", null, null, null, published, "Outlet " + i,
                    "en", text));
        }
        return out;
    }

    @Test
    void extractsThirtyShortArticlesWellUnderAMinuteOnceLoaded() {
        ClaimExtractor extractor = new ClaimExtractor();
        extractor.extract(List.of(ClaimExtractorTest.article("warm", "The council met on Tuesday in Orvik.", null)));
        List<Article> articles = thirtyArticles();
        long t0 = System.nanoTime();
        ClaimSet set = extractor.extract(articles);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("claims: %d articles, %d claims, %d entities in %.1f s%n",
                articles.size(), set.claims().size(), set.entities().size(), seconds);
        assertThat(set.claims()).hasSize(30 * 7);
        assertThat(set.entities()).extracting(Entity::name).contains("Northland Transport Safety Board")
                .doesNotContain("NTSB", "Halvorsen");
        assertThat(seconds).isLessThan(60);
    }
}
